import { describe, expect, it } from "vitest";
import { filtersToQuery, foldForSearch, hasFilters, parseProjectFilters, SEARCH_FOLD_FROM, SEARCH_FOLD_TO, SEARCH_MAX_LENGTH, searchWords } from "./filters";

describe("the project list's search parameters", () => {
  it("reads every filter of the GET form", () => {
    expect(
      parseProjectFilters({ axis: "2", douar: "ez-zaouia", status: "DELAYED", year: "2025", competence: "SHARED", q: "ماء", page: "2" }),
    ).toEqual({ axis: 2, douar: "ez-zaouia", status: "DELAYED", year: 2025, competence: "SHARED", q: "ماء", page: 2 });
  });

  it("reads no filter at all as page 1 of everything", () => {
    expect(parseProjectFilters({})).toEqual({ page: 1 });
    expect(parseProjectFilters(undefined)).toEqual({ page: 1 });
    expect(hasFilters(parseProjectFilters({}))).toBe(false);
  });

  it("treats the form's empty fields (\"all\") as no filter", () => {
    expect(parseProjectFilters({ axis: "", douar: "", status: "", year: "", competence: "", q: "   " })).toEqual({ page: 1 });
  });

  it("falls back to no filter for anything odd, field by field, never throwing", () => {
    expect(parseProjectFilters({ axis: "two", status: "DONE", year: "1850", competence: "x", douar: "../etc/passwd", q: "بئر" })).toEqual({
      q: "بئر",
      page: 1,
    });
    expect(parseProjectFilters({ axis: "1.5" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ axis: "-3" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ year: "2025abc" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ douar: "a".repeat(200) })).toEqual({ page: 1 });
    expect(parseProjectFilters({ douar: "Ez Zaouia" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ page: "0" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ page: "abc" })).toEqual({ page: 1 });
    expect(parseProjectFilters({ page: "99999999" })).toEqual({ page: 1 });
    expect(() => parseProjectFilters({ axis: { toString: null } as unknown as string })).not.toThrow();
  });

  it("accepts status and competence in any case, and douar slugs in any case", () => {
    expect(parseProjectFilters({ status: "in_progress", competence: "own", douar: "Ez-Zaouia" })).toEqual({
      status: "IN_PROGRESS",
      competence: "OWN",
      douar: "ez-zaouia",
      page: 1,
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseProjectFilters({ axis: ["3", "4"], q: ["eau", "route"] })).toEqual({ axis: 3, q: "eau", page: 1 });
  });

  it("tidies the search text: spaces collapsed, control characters removed, length capped", () => {
    expect(parseProjectFilters({ q: "  طريق \n\t  قروية " }).q).toBe("طريق قروية");
    expect(parseProjectFilters({ q: "a\u0000b" }).q).toBe("a b");
    expect(parseProjectFilters({ q: "x".repeat(500) }).q).toHaveLength(SEARCH_MAX_LENGTH);
    // Wildcards are kept as typed: the query escapes them (a search means the characters themselves).
    expect(parseProjectFilters({ q: "100%_" }).q).toBe("100%_");
  });

  it("turns the filters back into a URL query without empty keys", () => {
    const filters = parseProjectFilters({ axis: "1", q: "eau", page: "3" });
    expect(filtersToQuery(filters)).toEqual({ axis: "1", q: "eau" });
    expect(filtersToQuery(filters, { page: true })).toEqual({ axis: "1", q: "eau", page: "3" });
    expect(hasFilters(filters)).toBe(true);
  });
});

describe("search folding (the same steps as the SQL in queries.ts)", () => {
  it("reads the hamza forms of alef, alef maqsura and taa marbuta as their bare letters", () => {
    expect(foldForSearch("أشغال إصلاح آبار")).toBe(foldForSearch("اشغال اصلاح ابار"));
    expect(foldForSearch("مدرسة")).toBe("مدرسه");
    expect(foldForSearch("مستشفى")).toBe("مستشفي");
  });

  it("drops short vowels and tatweel", () => {
    expect(foldForSearch("الْمَـــاء")).toBe("الماء");
  });

  it("lower-cases Latin text and removes its accents", () => {
    expect(foldForSearch("École ÉLÉMENTAIRE à Aïn")).toBe("ecole elementaire a ain");
  });

  it("maps each character of the fold table to exactly one character", () => {
    expect([...SEARCH_FOLD_FROM]).toHaveLength([...SEARCH_FOLD_TO].length);
  });

  it("splits a search into distinct words, at most eight", () => {
    expect(searchWords("  الطريق  الطريق Piste ")).toEqual(["الطريق", "piste"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});
