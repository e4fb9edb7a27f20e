import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { TIME_ZONE } from "./config";
import { FORMATS } from "./formats";

const formatter = (locale: "ar-MA" | "fr-MA") => createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
// Narrow no-break spaces and bidi marks vary between ICU versions; compare what a reader sees.
const visible = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, "").replace(/[\u00a0\u202f]/g, " ");

describe("formats follow Moroccan conventions in both languages", () => {
  it("writes dates with the Moroccan Arabic month names and Western digits", () => {
    expect(visible(formatter("ar-MA").dateTime(new Date("2026-11-29T10:00:00Z"), "long"))).toBe("29 نونبر 2026");
    expect(visible(formatter("fr-MA").dateTime(new Date("2026-11-29T10:00:00Z"), "long"))).toBe("29 novembre 2026");
  });

  it("shows times in Casablanca time, not the server's", () => {
    // 23:30 UTC on 31 December is already 1 January in Morocco (UTC+1).
    expect(visible(formatter("fr-MA").dateTime(new Date("2026-12-31T23:30:00Z"), "long"))).toBe("1 janvier 2027");
  });

  it("writes amounts in dirhams with Moroccan digit grouping", () => {
    expect(visible(formatter("fr-MA").number(1_250_000, "money"))).toBe("1.250.000 MAD");
    expect(visible(formatter("ar-MA").number(1_250_000, "money"))).toMatch(/^1\.250\.000 د\.م\.$/);
  });

  it("writes percentages without decimals", () => {
    expect(visible(formatter("ar-MA").number(0.426, "percent"))).toMatch(/^43 ?%$/);
    expect(visible(formatter("fr-MA").number(0.426, "percent"))).toBe("43 %");
  });
});
