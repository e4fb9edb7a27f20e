import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "./search-text";

describe("search normalisation", () => {
  it("finds an Arabic word whatever its vowels, hamza or ta marbuta", () => {
    expect(normalizeForSearch("الميزانيّة")).toBe(normalizeForSearch("الميزانيه"));
    expect(normalizeForSearch("إنارة")).toBe(normalizeForSearch("انارة"));
    expect(normalizeForSearch("مُقَرَّر")).toBe("مقرر");
  });

  it("finds a French word whatever its accents and case", () => {
    expect(normalizeForSearch("Éclairage PUBLIC")).toBe("eclairage public");
  });
});
