// The shared text and id rules: what the bad-input sweep (tests/e2e/bad-input.spec.ts) found
// answering 500 before, now refused with a message key.
import { describe, expect, it } from "vitest";
import { id, optionalText, requiredText, text } from "./zod-fields";

const keyOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("text", () => {
  it("refuses a NUL byte and other control characters, which PostgreSQL would refuse with an error", () => {
    expect(keyOf(text(100).safeParse("abc\u0000def"))).toBe("controlCharacter");
    expect(keyOf(text(100).safeParse("a\u0007b"))).toBe("controlCharacter");
  });

  it("keeps line breaks and tabs", () => {
    expect(text(100).parse("ligne 1\r\n\tligne 2")).toBe("ligne 1\r\n\tligne 2");
  });

  it("reads a text of zero-width characters only as empty", () => {
    expect(keyOf(requiredText(100).safeParse("\u200B\u200C\u200D\uFEFF"))).toBe("required");
    expect(optionalText(100).parse("\u200B")).toBeNull();
    // Inside a text they stay (joiners shape some scripts and emoji).
    expect(text(100).parse("نخيل 👍🏽\u200D")).toBe("نخيل 👍🏽\u200D");
  });

  it("still refuses bidirectional overrides and over-long texts", () => {
    expect(keyOf(text(100).safeParse("invoice\u202Efdp.exe"))).toBe("bidiControl");
    expect(keyOf(text(5).safeParse("abcdef"))).toBe("tooLong");
  });
});

describe("id", () => {
  it("takes a positive 32-bit integer and nothing beyond, which the database could not hold", () => {
    expect(id.parse("2147483647")).toBe(2_147_483_647);
    expect(keyOf(id.safeParse("2147483648"))).toBe("required");
    expect(keyOf(id.safeParse("0"))).toBe("required");
  });
});
