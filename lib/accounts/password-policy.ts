import "server-only";
// Password rules beyond length (targets.md #20, OWASP ASVS 6.2): no composition rules, but the
// 10,000 most common passwords are refused, and staff accounts need at least 12 characters.
import rankedPasswords from "@zxcvbn-ts/language-common/src/passwords.json";
import { STAFF_PASSWORD_MIN } from "./schemas";

const COMMON = new Set((rankedPasswords as string[]).slice(0, 10_000));

export type PasswordProblem = "passwordCommon" | "passwordLikeEmail" | "passwordTooShortStaff" | null;

export function passwordProblem(password: string, email: string, { staff = false } = {}): PasswordProblem {
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) return "passwordCommon";
  if (lowered === email.toLowerCase() || lowered === email.toLowerCase().split("@")[0]) return "passwordLikeEmail";
  if (staff && password.length < STAFF_PASSWORD_MIN) return "passwordTooShortStaff";
  return null;
}
