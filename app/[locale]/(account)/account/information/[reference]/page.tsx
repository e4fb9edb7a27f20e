import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerView } from "@/components/information/answer-view";
import { ComplaintView } from "@/components/information/complaint-view";
import { pageUser } from "@/lib/auth/page-guards";
import { getMyRequest } from "@/lib/information/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

async function load(reference: string) {
  const request = await getMyRequest(decodeURIComponent(reference));
  if (!request) notFound();
  return request;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/account/information/[reference]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { reference } = await params;
  await pageUser(locale, `/account/information/${reference}`);
  return { title: (await load(reference)).reference };
}

export default async function MyInformationRequestPage({ params, searchParams }: PageProps<"/[locale]/account/information/[reference]">) {
  const locale = await pageLocale(params);
  const { reference } = await params;
  await pageUser(locale, `/account/information/${reference}`);
  const request = await load(reference);
  const done = (await searchParams).done === "complained";
  const [t, tr, tf, tc, format] = await Promise.all([
    getTranslations("Information.account"),
    getTranslations("Information.receipt"),
    getTranslations("Information.form"),
    getTranslations("Information.complaint"),
    getFormatter(),
  ]);
  return (
    <div className="max-w-3xl space-y-5">
      <p className="no-print"><Link href="/account/information">{t("back")}</Link></p>
      <h1 className="text-3xl">{request.reference}</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{tr("receivedOn")}</dt>
        <dd>{format.dateTime(request.receivedOn, "long")}</dd>
        <dt className="font-bold">{tr("dueOn")}</dt>
        <dd data-testid="due-on">{format.dateTime(request.extendedDueOn ?? request.firstDueOn, "long")}</dd>
        <dt className="font-bold">{tf("deliveryMode")}</dt>
        <dd>{tf(request.deliveryMode)}</dd>
      </dl>
      {request.extendedDueOn && (
        <p className="rounded-md bg-warning-soft p-3" data-testid="extension">
          {t("extended", { date: format.dateTime(request.extendedDueOn, "long") })} {t("reason", { reason: request.extensionReason ?? "" })}
        </p>
      )}
      <h2 className="text-xl">{tf("informationRequested")}</h2>
      <p className="whitespace-pre-line">{request.informationRequested}</p>
      {done && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{tc("filed")}</p>
      )}
      {request.outcome ? <AnswerView request={request} /> : <p className="font-bold">{t("waiting")}</p>}
      <ComplaintView request={request} />
    </div>
  );
}
