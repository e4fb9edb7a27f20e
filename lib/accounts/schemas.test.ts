// What the registration form accepts and the message key it answers with otherwise.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { passwordProblem } from "./password-policy";
import { RegisterSchema } from "./schemas";

const VALID = { name: "فاطمة الزهراء", email: "fatima@example.ma", password: "zaytoun-bni-mathar" };

/** The per-field message keys the form would show for `input` (via the app's own mapping). */
function errorsFor(input: Record<string, unknown>): Record<string, string> {
  const result = RegisterSchema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return fieldErrorsOf(result.error);
}

describe("RegisterSchema", () => {
  it("accepts an Arabic name and an e-mail, trimming both and lower-casing the e-mail", () => {
    const result = RegisterSchema.safeParse({ ...VALID, name: "  فاطمة الزهراء ", email: "  Fatima.Zahra@Example.MA " });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: "فاطمة الزهراء", email: "fatima.zahra@example.ma", password: VALID.password });
  });

  it("keeps the password exactly as typed (no trimming)", () => {
    const result = RegisterSchema.safeParse({ ...VALID, password: "  spaced out pass  " });
    expect(result.data?.password).toBe("  spaced out pass  ");
  });

  it.each([
    ["0612345678", "0612345678"],
    ["0712345678", "0712345678"],
    ["0512345678", "0512345678"],
    ["+212612345678", "+212612345678"],
    ["06 12 34 56 78", "0612345678"],
    ["06.12.34.56.78", "0612345678"],
    ["06-12-34-56-78", "0612345678"],
  ])("accepts the Moroccan phone number %j (stored as %j)", (phone, stored) => {
    const result = RegisterSchema.safeParse({ ...VALID, phone });
    expect(result.success).toBe(true);
    expect(result.data?.phone).toBe(stored);
  });

  it("treats an empty phone field as no phone", () => {
    const result = RegisterSchema.safeParse({ ...VALID, phone: "  " });
    expect(result.success).toBe(true);
    expect(result.data?.phone).toBeUndefined();
  });

  it.each(["061234567", "06123456789", "0812345678", "+33612345678", "+2120612345678", "phone", "0612345678x"])(
    "refuses the phone number %j with invalidPhone",
    (phone) => {
      expect(errorsFor({ ...VALID, phone })).toEqual({ phone: "invalidPhone" });
    },
  );

  it("answers an empty form with 'required' on every required field", () => {
    expect(errorsFor({ name: "", email: "", password: "", phone: "" })).toEqual({
      name: "required",
      email: "required",
      password: "required",
    });
  });

  it("treats a name of spaces as missing", () => {
    expect(errorsFor({ ...VALID, name: "   " })).toEqual({ name: "required" });
  });

  it("accepts a 100-character name and refuses a 101-character one with tooLong", () => {
    expect(RegisterSchema.safeParse({ ...VALID, name: "ب".repeat(100) }).success).toBe(true);
    expect(errorsFor({ ...VALID, name: "ب".repeat(101) })).toEqual({ name: "tooLong" });
  });

  it.each(["fatima", "fatima@", "@example.ma", "fatima@@example.ma", "fatima example@example.ma"])(
    "refuses the e-mail %j with invalidEmail",
    (email) => {
      expect(errorsFor({ ...VALID, email })).toEqual({ email: "invalidEmail" });
    },
  );

  it("refuses a 7-character password with passwordTooShort and accepts 8", () => {
    expect(errorsFor({ ...VALID, password: "abcdefg" })).toEqual({ password: "passwordTooShort" });
    expect(RegisterSchema.safeParse({ ...VALID, password: "abcdefgh" }).success).toBe(true);
  });

  it("accepts a 128-character password and refuses 129 with tooLong", () => {
    expect(RegisterSchema.safeParse({ ...VALID, password: "x".repeat(128) }).success).toBe(true);
    expect(errorsFor({ ...VALID, password: "x".repeat(129) })).toEqual({ password: "tooLong" });
  });

  it.each(["202E", "202A", "2066", "200F", "061C"])(
    "refuses a name containing the bidirectional control U+%s with bidiControl",
    (codePoint) => {
      const control = String.fromCodePoint(Number.parseInt(codePoint, 16));
      expect(errorsFor({ ...VALID, name: `فاطمة${control}الزهراء` })).toEqual({ name: "bidiControl" });
    },
  );

  it("refuses a name containing markup with markup", () => {
    expect(errorsFor({ ...VALID, name: "Fatima<script>alert(1)</script>" })).toEqual({ name: "markup" });
    expect(errorsFor({ ...VALID, name: "a > b" })).toEqual({ name: "markup" });
  });
});

describe("passwordProblem", () => {
  const email = "fatima.zahra@example.ma";

  it.each(["password", "12345678", "qwertyuiop", "PASSWORD", "Password"])("refuses the common password %j", (password) => {
    expect(passwordProblem(password, email)).toBe("passwordCommon");
  });

  it("refuses a password equal to the e-mail address, whatever its case", () => {
    expect(passwordProblem(email, email)).toBe("passwordLikeEmail");
    expect(passwordProblem(email.toUpperCase(), email)).toBe("passwordLikeEmail");
  });

  it("refuses a password equal to the local part of the e-mail address", () => {
    expect(passwordProblem("fatima.zahra", email)).toBe("passwordLikeEmail");
    expect(passwordProblem("Fatima.Zahra", email)).toBe("passwordLikeEmail");
  });

  it("accepts an 11-character uncommon password for a citizen", () => {
    expect(passwordProblem("zaytoun-bni", email)).toBeNull();
    expect(passwordProblem("zaytoun-bni", email, { staff: false })).toBeNull();
  });

  it("refuses the same 11-character password for staff, and accepts 12 characters", () => {
    expect(passwordProblem("zaytoun-bni", email, { staff: true })).toBe("passwordTooShortStaff");
    expect(passwordProblem("zaytoun-bnim", email, { staff: true })).toBeNull();
  });
});
