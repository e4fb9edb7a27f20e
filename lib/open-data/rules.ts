// The legal rule of every open dataset: no personal data (law 09-08 arts. 1, 3: data relating to
// an identified or identifiable natural person; law 31.13 art. 7: personal data is an exception to
// the right of access, so it is never published proactively, art. 10). One function checks a
// dataset's columns and values against forbidden names and patterns; the integration test
// tests/integration/open-data.test.ts runs it over every dataset of the catalogue.

/** Column names that would carry personal data (matched on whole words of snake_case names). */
export const FORBIDDEN_COLUMN_WORDS = [
  "email", "mail", "cin", "national", "identity", "id_number", "phone", "tel", "mobile", "address", "adresse",
  "password", "hash", "signatory", "signatories", "signature_name", "first_name", "last_name", "full_name", "user", "user_id",
  "owner", "author", "voter", "birth", "ip",
] as const;

/** Values that look like personal data, whatever the column. */
export const FORBIDDEN_VALUE_PATTERNS: readonly { label: string; pattern: RegExp }[] = [
  { label: "e-mail address", pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/ },
  // Moroccan national identity card (CIN): one or two letters then 4 to 6 digits.
  { label: "CIN", pattern: /(?<![A-Za-z0-9-])[A-Za-z]{1,2}\d{4,6}(?![A-Za-z0-9-])/ },
  // Moroccan phone numbers: 0 or +212 / 00212, then 5, 6 or 7 and eight digits (spaces, dots or dashes allowed).
  { label: "phone number", pattern: /(?<!\d)(?:\+212|00212|0)[\s.-]?[5-7](?:[\s.-]?\d){8}(?!\d)/ },
  // An argon2 / bcrypt password hash.
  { label: "password hash", pattern: /\$argon2(?:id|i|d)\$|\$2[aby]\$\d\d\$/ },
];

export type PersonalDataFinding = { column: string; reason: string; value?: string };

function columnWords(column: string): string[] {
  const words = column.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const pairs = words.slice(1).map((word, i) => `${words[i]}_${word}`);
  return [...words, ...pairs];
}

/**
 * The personal data found in a dataset: forbidden column names, and values matching a forbidden
 * pattern (each column reported once). `extraValues` are known personal values (e.g. the names
 * and e-mails of the people in the database) that must not appear anywhere.
 */
export function findPersonalData(
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
  extraValues: readonly string[] = [],
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const column of columns) {
    const word = columnWords(column).find((w) => (FORBIDDEN_COLUMN_WORDS as readonly string[]).includes(w));
    if (word) findings.push({ column, reason: `column name (${word})` });
  }
  const reported = new Set<string>();
  const known = extraValues.filter((v) => v.trim().length >= 4);
  for (const row of rows) {
    for (const [column, raw] of Object.entries(row)) {
      if (raw === null || raw === undefined || reported.has(column)) continue;
      const value = Array.isArray(raw) ? raw.join(" | ") : String(raw);
      const hit = FORBIDDEN_VALUE_PATTERNS.find((p) => p.pattern.test(value));
      const person = known.find((k) => value.includes(k));
      if (hit || person) {
        findings.push({ column, reason: hit ? hit.label : "a known person's data", value });
        reported.add(column);
      }
    }
  }
  return findings;
}
