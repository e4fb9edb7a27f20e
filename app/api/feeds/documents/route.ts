// Atom feed of the library's newest publications: /api/feeds/documents (Arabic) or ?lang=fr.
import type { NextRequest } from "next/server";
import { documentsAtom } from "@/lib/documents/open-data";
import { latestPublications } from "@/lib/documents/queries";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const lang = request.nextUrl.searchParams.get("lang") === "fr" ? "fr" : "ar";
  const locale = lang === "fr" ? "fr-MA" : "ar-MA";
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const t = translator(locale);
  const xml = documentsAtom(await latestPublications(), {
    locale: lang,
    title: t("Documents.feedTitle"),
    selfUrl: `${base}/api/feeds/documents${lang === "fr" ? "?lang=fr" : ""}`,
    url: (path) => `${base}${localizedPath(locale, path)}`,
    now: new Date(),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
