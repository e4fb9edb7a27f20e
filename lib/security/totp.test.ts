import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, newTotpSecret, totpCode, totpStep, totpUri, verifyTotp } from "./totp";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("time-based one-time passwords (RFC 6238)", () => {
  it("gives the RFC's test vectors", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(RFC_SECRET, totpStep(new Date(59_000)), 8)).toBe("94287082");
    expect(totpCode(RFC_SECRET, totpStep(new Date(1_111_111_109_000)), 8)).toBe("07081804");
    expect(totpCode(RFC_SECRET, totpStep(new Date(2_000_000_000_000)), 8)).toBe("69279037");
    expect(totpCode(RFC_SECRET, totpStep(new Date(59_000)))).toBe("287082");
  });

  it("round-trips base32 and makes 160-bit secrets", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it("accepts the current code and its neighbours, with spaces, and nothing further away", () => {
    const at = new Date("2026-11-29T12:00:10Z");
    const step = totpStep(at);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, null)).toBe(step);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at, null)).toBe(step - 1);
    const next = totpCode(RFC_SECRET, step + 1);
    expect(verifyTotp(RFC_SECRET, `${next.slice(0, 3)} ${next.slice(3)}`, at, null)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "12345", at, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "abcdef", at, null)).toBeNull();
  });

  it("never accepts a code twice, nor an older one once a newer was used", () => {
    const at = new Date("2026-11-29T12:00:10Z");
    const step = totpStep(at);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at, step)).toBeNull();
  });

  it("writes the address authenticator apps read", () => {
    expect(totpUri("ABC", "agent@commune.ma", "Musharaka Bni Mathar")).toBe(
      "otpauth://totp/Musharaka%20Bni%20Mathar%3Aagent%40commune.ma?secret=ABC&issuer=Musharaka%20Bni%20Mathar&algorithm=SHA1&digits=6&period=30",
    );
  });
});
