import { beforeAll, describe, expect, it } from "vitest";

let pd: typeof import("./personal-data");
beforeAll(async () => {
  process.env.DATABASE_URL ??= "postgresql://unused";
  process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-unit-tests-secret-unit";
  pd = await import("./personal-data");
});

describe("national identity numbers (law 09-08, design.md §6)", () => {
  it("normalizes what people type and accepts only the CIN's shape", () => {
    expect(pd.normalizeIdNumber(" ab 123-456 ")).toBe("AB123456");
    expect(pd.CIN_PATTERN.test("F123456")).toBe(true);
    expect(pd.CIN_PATTERN.test("AB12345")).toBe(true);
    expect(pd.CIN_PATTERN.test("ABC1234")).toBe(false);
    expect(pd.CIN_PATTERN.test("1234567")).toBe(false);
    expect(pd.CIN_PATTERN.test("F1234567")).toBe(false);
  });

  it("encrypts so that the stored text never contains the number, and decrypts it back", () => {
    const stored = pd.encryptIdNumber("AB123456");
    expect(stored).not.toContain("123456");
    expect(pd.encryptIdNumber("AB123456")).not.toBe(stored); // a fresh IV each time
    expect(pd.decryptIdNumber(stored)).toBe("AB123456");
  });

  it("refuses a tampered ciphertext instead of returning garbage", () => {
    const [version, iv, tag, body] = pd.encryptIdNumber("AB123456").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => pd.decryptIdNumber([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });

  it("hashes the same number the same way within a scope, differently across scopes", () => {
    expect(pd.idNumberHash("AB123456", "petition:1")).toBe(pd.idNumberHash("AB123456", "petition:1"));
    expect(pd.idNumberHash("AB123456", "petition:1")).not.toBe(pd.idNumberHash("AB123456", "petition:2"));
    expect(pd.idNumberHash("AB123456", "petition:1")).not.toContain("123456");
  });

  it("masks all but the first two and last two characters", () => {
    expect(pd.maskIdNumber("AB123456")).toBe("AB••••56");
    expect(pd.maskIdNumber("F12")).toBe("•••");
  });

  it("encrypts a copy of an identity card so that the stored bytes do not contain it, and refuses a tampered file", () => {
    const card = Buffer.from("%PDF-1.4 CIN AB123456 copy");
    const stored = pd.encryptPersonalFile(card);
    expect(stored.includes(Buffer.from("AB123456"))).toBe(false);
    expect(pd.decryptPersonalFile(stored).equals(card)).toBe(true);
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => pd.decryptPersonalFile(tampered)).toThrow();
  });
});
