import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARABIC_MARKS_CLASS, FOLD_FROM, FOLD_TO, searchNormalize } from "./normalize";
import { NORMALIZE_EXAMPLES } from "./normalize.fixtures";

describe("searchNormalize", () => {
  it.each(NORMALIZE_EXAMPLES)("%j → %j", (input, expected) => {
    expect(searchNormalize(input)).toBe(expected);
  });

  it("maps each letter to exactly one letter", () => {
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
    expect(new Set(FOLD_FROM).size).toBe([...FOLD_FROM].length);
  });

  it("finds the same text whatever alef, taa marbuta, alef maqsura and harakat were typed", () => {
    const stored = searchNormalize("مكتبة الإدارة المحلية لمدينة بني مطهر، مستشفى");
    for (const typed of ["مكتبه الاداره", "مكتبة الأدارة", "مَكْتَبَةُ الإِدارة", "مستشفي", "مستشفى"]) {
      for (const word of searchNormalize(typed).split(" ")) expect(stored.split(" ")).toContain(word);
    }
  });

  it("is the same table as the SQL function of the migration", () => {
    const sql = readFileSync(path.resolve("prisma/migrations/20261129150000_portal_search/migration.sql"), "utf8");
    expect(sql).toContain(`[${ARABIC_MARKS_CLASS}]`);
    const ascii = (s: string) => [...s].filter((c) => c !== "\u00A0" && c !== "\u202F").join("");
    expect(sql).toContain(ascii(FOLD_FROM).slice(0, 80));
    expect(sql).toContain(`'${ascii(FOLD_TO).slice(0, 80)}`);
  });
});
