import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatCalendar } from "./ics";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("iCalendar feed", () => {
  it("escapes backslashes, semicolons, commas and new lines", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("writes all-day VEVENTs with CRLF lines, DTEND the day after the last day", () => {
    const text = formatCalendar("Sessions", [
      { uid: "session-3@musharaka", startsOn: day("2026-02-02"), endsOn: day("2026-02-06"), summary: "Session ordinaire, février", location: "Salle, siège", url: "https://example.org/fr/sessions/3" },
    ], new Date("2026-11-29T11:00:00.123Z"));
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text).toContain("\r\nBEGIN:VEVENT\r\nUID:session-3@musharaka\r\nDTSTAMP:20261129T110000Z\r\n");
    expect(text).toContain("DTSTART;VALUE=DATE:20260202\r\nDTEND;VALUE=DATE:20260207\r\n");
    expect(text).toContain("SUMMARY:Session ordinaire\\, février\r\n");
    expect(text).toContain("LOCATION:Salle\\, siège\r\n");
    expect(text).toContain("END:VEVENT\r\n");
  });

  it("folds long lines at 75 octets without splitting an Arabic letter", () => {
    const line = `SUMMARY:${"دورة عادية ".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });
});
