import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/page-guards";
import { myRequests } from "@/lib/information/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/information">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.account" });
  return { title: t("title") };
}

export default async function MyInformationRequestsPage({ params }: PageProps<"/[locale]/account/information">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/information");
  const [t, to, format, requests] = await Promise.all([getTranslations("Information.account"), getTranslations("Information.outcome"), getFormatter(), myRequests()]);
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p><Link href="/information/request" className="font-bold">{t("new")}</Link></p>
      {requests.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-card border border-divider bg-surface p-4">
              <p className="font-bold"><Link href={`/account/information/${encodeURIComponent(r.reference)}`}>{r.reference}</Link></p>
              <p className="line-clamp-2">{r.informationRequested}</p>
              <p className="text-sm">
                {r.outcome && r.answeredOn
                  ? `${to(r.outcome)} — ${t("answeredOn", { date: format.dateTime(r.answeredOn, "long") })}`
                  : `${t("waiting")} — ${format.dateTime(r.extendedDueOn ?? r.firstDueOn, "long")}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
