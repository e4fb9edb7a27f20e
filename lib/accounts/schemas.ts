// Account form schemas, shared by the forms and the server actions. Error messages are keys
// under "Errors" in messages/*.json, so the same schema speaks Arabic and French.
import { z } from "zod";
import { latinDigits } from "@/lib/forms/zod-fields";

// Bidirectional control characters can disguise what a name says (e.g. "U+202E" reverses text).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const MARKUP = /[<>]/;

export const PASSWORD_MIN = 8;
export const STAFF_PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const email = z
  .string()
  .trim()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"))
  .transform((value) => value.toLowerCase());

const personName = z
  .string()
  .trim()
  .min(1, "required")
  .min(2, "tooShort")
  .max(100, "tooLong")
  .refine((value) => !BIDI_CONTROLS.test(value), "bidiControl")
  .refine((value) => !MARKUP.test(value), "markup");

const newPassword = z.string().min(1, "required").min(PASSWORD_MIN, "passwordTooShort").max(PASSWORD_MAX, "tooLong");

// Moroccan numbers: 06/07/05 followed by 8 digits, or +212 without the leading 0.
const phone = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s.-]/g, ""))
  .refine((value) => value === "" || /^(?:\+212|0)[5-7]\d{8}$/.test(value), "invalidPhone")
  .transform((value) => (value === "" ? undefined : value));

export const RegisterSchema = z.object({ name: personName, email, password: newPassword, phone: phone.optional() });
export type RegisterInput = z.infer<typeof RegisterSchema>;

/** An authenticator app's 6-digit code: digits of any script, spaces allowed. */
const totpCodeField = z
  .string()
  .optional()
  .transform((value) => latinDigits(value ?? "").replace(/\s/g, ""))
  .pipe(z.string().regex(/^(\d{6})?$/, "codeFormat"));

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, "required").max(PASSWORD_MAX, "tooLong"),
  /** For accounts with a second factor (staff): empty otherwise. */
  code: totpCodeField,
});

export const EmailOnlySchema = z.object({ email });

export const SecondFactorCodeSchema = z.object({ code: totpCodeField.refine((value) => value.length === 6, "required") });

export const ResetPasswordSchema = z.object({ token: z.string().min(1).max(200), password: newPassword });

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "required").max(PASSWORD_MAX, "tooLong"),
  newPassword,
});

/** The account's optional declared gender: "UNDECLARED" clears it. */
export const DeclaredGenderSchema = z.object({ gender: z.enum(["WOMAN", "MAN", "UNDECLARED"], { error: "required" }) });
