import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe("message catalogues", () => {
  it("have the same keys in Arabic and French, so no page falls back to a missing text", () => {
    expect(keys(MESSAGES.fr).sort()).toEqual(keys(MESSAGES.ar).sort());
  });

  it("have no empty text", () => {
    for (const language of ["ar", "fr"] as const) {
      const empty = keys(MESSAGES[language]).filter((path) => {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], MESSAGES[language]);
        return typeof text === "string" && text.trim() === "";
      });
      expect(empty, language).toEqual([]);
    }
  });
});
