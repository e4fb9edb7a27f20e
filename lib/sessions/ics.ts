// An iCalendar (RFC 5545) feed of the council's sessions: all-day VEVENTs, CRLF line ends, text
// escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets.

export type CalendarEvent = {
  uid: string;
  /** First day (a DATE column, UTC midnight). */
  startsOn: Date;
  /** Last day, included (DTEND is the day after, as RFC 5545 wants for all-day events). */
  endsOn: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
};

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const dateValue = (day: Date) => day.toISOString().slice(0, 10).replace(/-/g, "");
const stampValue = (instant: Date) => instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function formatCalendar(name: string, events: readonly CalendarEvent[], now: Date): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Musharaka//Council sessions//AR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  for (const event of events) {
    const end = new Date(event.endsOn.getTime() + 86_400_000);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stampValue(now)}`,
      `DTSTART;VALUE=DATE:${dateValue(event.startsOn)}`,
      `DTEND;VALUE=DATE:${dateValue(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
