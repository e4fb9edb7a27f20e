// Building blocks of the form schemas (lib/<feature>/schemas.ts). Messages are keys under
// "Errors" (required, tooLong, bidiControl, controlCharacter, dateFormat, number, wholeNumber), so that each page shows them in its own language.
import { z } from "zod";

// Bidirectional control characters can make a text say something else than it shows.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// NUL and the other control characters (all but tab and line breaks) have no place in a text; PostgreSQL refuses NUL outright.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Zero-width spaces and joiners and the byte-order mark: a text made of nothing else looks empty, and is.
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;
// People type numbers with Arabic-Indic digits (٣٥) or Persian ones (۳۵) as often as with 35.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** The same text with Arabic-Indic and Persian digits written as Latin ones. */
export function latinDigits(value: string): string {
  return value.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** A text, trimmed (empty if only invisible characters), of at most `max` characters, without bidirectional or other control characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .transform((value) => (INVISIBLE_ONLY.test(value) ? "" : value))
    .pipe(
      z
        .string()
        .max(max, "tooLong")
        .refine((value) => !BIDI_CONTROLS.test(value), "bidiControl")
        .refine((value) => !CONTROL_CHARACTERS.test(value), "controlCharacter"),
    );

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, "required"));

/** An optional text: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(text(max))
    .transform((value) => value || null);

/** The id of a row, as a form sends it. */
export const id = z.coerce.number({ error: "required" }).int("required").positive("required").max(2_147_483_647, "required");

/** A form checkbox: present means yes. */
export const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "1" || value === "true");

/** A calendar day typed as YYYY-MM-DD (Latin or Arabic digits), or null if empty. */
export const optionalDay = z
  .string()
  .optional()
  .transform((value) => latinDigits(value ?? "").trim())
  .refine((value) => {
    if (value === "") return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "dateFormat")
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

/** A number that may have decimals (a comma or a point), e.g. an indicator's value. */
export const decimal = z
  .string({ error: "required" })
  .transform((value) => latinDigits(value).replace(/[\s\u00A0\u202F]/g, "").replace(/[,٫]/, "."))
  .pipe(z.string().min(1, "required").regex(/^-?\d{1,12}(\.\d{1,6})?$/, "number"))
  .transform(Number);

/** A whole number in [min, max], with a range key (the feature's own message) when outside. */
export const whole = (min: number, max: number, rangeKey: string, grouped = false) =>
  z
    .string({ error: "required" })
    .transform((value) => latinDigits(value).replace(grouped ? /[\s\u00A0\u202F.,'’]/g : /[\s\u00A0\u202F]/g, ""))
    .pipe(z.string().min(1, "required").regex(/^-?\d{1,12}$/, "wholeNumber"))
    .transform(Number)
    .pipe(z.number().min(min, rangeKey).max(max, rangeKey));
