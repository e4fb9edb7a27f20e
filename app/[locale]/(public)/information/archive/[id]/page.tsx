import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/information/archive";
import { getArchivedRequest } from "@/lib/information/archive";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

async function load(id: string) {
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const request = await getArchivedRequest(Number(id));
  if (!request) notFound();
  return request;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/information/archive/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const request = await load((await params).id);
  const t = await getTranslations({ locale, namespace: "Information.archive" });
  return { title: `${t("title")} · ${request.reference}` };
}

export default async function ArchivedRequestPage({ params }: PageProps<"/[locale]/information/archive/[id]">) {
  await pageLocale(params);
  const request = await load((await params).id);
  const [t, tc, tg, format] = await Promise.all([getTranslations("Information.archive"), getTranslations("Documents.categories"), getTranslations("Information.grounds"), getFormatter()]);
  return (
    <article className="max-w-3xl space-y-6">
      <p className="no-print"><Link href="/information/archive">{t("back")}</Link></p>
      <header className="space-y-2">
        {request.archiveCategory && <p className="font-bold text-brand-dark">{tc(request.archiveCategory)}</p>}
        <h1 className="text-3xl">{request.reference}</h1>
        <p className="flex flex-wrap items-center gap-3">
          {request.outcome && <OutcomeBadge outcome={request.outcome} />}
          {request.answeredOn && <span>{t("answeredOn", { date: format.dateTime(request.answeredOn, "long") })}</span>}
          <span className="text-muted">{t("receivedOn", { date: format.dateTime(request.receivedOn, "long") })}</span>
        </p>
        <p className="text-sm text-muted">{t("redacted")}</p>
      </header>
      <section aria-labelledby="archive-question" className="space-y-2">
        <h2 id="archive-question" className="text-xl">{t("question")}</h2>
        <p className="whitespace-pre-line" dir="auto" data-testid="archive-question">{request.archiveQuestion}</p>
      </section>
      <section aria-labelledby="archive-answer" className="space-y-2 rounded-card border border-divider bg-surface p-4">
        <h2 id="archive-answer" className="text-xl">{t("answer")}</h2>
        <p className="whitespace-pre-line" dir="auto" data-testid="archive-answer">{request.archiveAnswer}</p>
        {request.refusalGround && <p><strong>{t("ground")}:</strong> {tg(request.refusalGround)}</p>}
      </section>
      <p className="no-print"><Link href="/information/request">{t("ask")}</Link></p>
    </article>
  );
}
