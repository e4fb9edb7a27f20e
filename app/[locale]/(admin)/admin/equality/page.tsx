import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionStatusPill, ResponsePill } from "@/components/equality/badges";
import { DataTable } from "@/components/ui/data-table";
import { can } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { listOpinionsForStaff } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/equality">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.staff" });
  return { title: t("title") };
}

const DAY = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;

/** Staff: the committee's opinions sent to the council, to record the council's response. */
export default async function StaffEqualityPage({ params }: PageProps<"/[locale]/admin/equality">) {
  const locale = await pageLocale(params);
  const user = await pageUserWith("committee.record_responses", locale, "/admin/equality");
  const [t, to, tm, format, opinions] = await Promise.all([getTranslations("Equality.staff"), getTranslations("Equality.opinions"), getTranslations("Equality.means"), getFormatter(), listOpinionsForStaff()]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="flex flex-wrap gap-4">
        <li><Link href="/admin/equality/means">{tm("staffTitle")}</Link></li>
        {can(user.roles, "settings.manage") && <li><Link href="/admin/equality/settings">{t("settings")}</Link></li>}
      </ul>
      {opinions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable label={t("title")} columns={[{ label: to("subject") }, { label: to("status") }, { label: t("response") }]}>
          {opinions.map((o) => (
            <tr key={o.id} className="border-b border-divider">
              <td className="p-2">
                <Link href={`/admin/equality/opinions/${o.id}`} dir="auto">{o.subject}</Link>
                {o.sentOn && <span className="block text-sm text-muted">{to("sentOn", { date: format.dateTime(o.sentOn, DAY) })}</span>}
              </td>
              <td className="p-2"><OpinionStatusPill status={o.status} /></td>
              <td className="p-2">{o.response && <ResponsePill response={o.response} />}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
