// iCalendar feed of the council's sessions: /sessions/calendar.ics (Arabic) or ?lang=fr.
// Outside [locale]: the proxy leaves paths with a dot alone.
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { translator } from "@/lib/i18n/translator";
import { formatCalendar } from "@/lib/sessions/ics";
import { calendarSessions } from "@/lib/sessions/queries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const locale = request.nextUrl.searchParams.get("lang") === "fr" ? "fr-MA" : "ar-MA";
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const host = new URL(base).host;
  const t = translator(locale);
  const now = new Date();
  const sessions = await calendarSessions(now);
  const body = formatCalendar(
    t("Sessions.ics.name"),
    sessions.map((s) => ({
      uid: `council-session-${s.id}@${host}`,
      startsOn: s.startsOn!,
      endsOn: s.endsOn!,
      summary: t("Sessions.ics.summary", { kind: s.kind }),
      location: localized(locale, s.placeAr, s.placeFr),
      description: t(`Sessions.status.${s.status}`),
      url: `${base}${localizedPath(locale, `/sessions/${s.id}`)}`,
    })),
    now,
  );
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="sessions.ics"', "Cache-Control": "public, max-age=300" },
  });
}
