import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { pageUserWith } from "@/lib/auth/page-guards";
import { moroccanDay } from "@/lib/calendar/working-days";
import { answeredRequests, openRequests, pendingComplaints } from "@/lib/information/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/information">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.admin" });
  return { title: t("title") };
}

export default async function AdminInformationPage({ params }: PageProps<"/[locale]/admin/information">) {
  const locale = await pageLocale(params);
  await pageUserWith("information.handle_requests", locale, "/admin/information");
  const [t, to, format, open, answered, complaints] = await Promise.all([
    getTranslations("Information.admin"),
    getTranslations("Information.outcome"),
    getFormatter(),
    openRequests(),
    answeredRequests(),
    pendingComplaints(),
  ]);
  const today = moroccanDay(new Date());
  const columns = [{ label: t("columns.reference") }, { label: t("columns.requester") }, { label: t("columns.received") }, { label: t("columns.due") }, { label: t("columns.status") }];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>
        <Link href="/admin/information/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("new")}</Link>
      </p>
      <section aria-labelledby="open-requests" className="space-y-3">
        <h2 id="open-requests" className="text-xl">{t("open")}</h2>
        {open.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <DataTable label={t("open")} columns={columns}>
            {open.map((r) => {
              const due = r.extendedDueOn ?? r.firstDueOn;
              const overdue = due < today;
              return (
                <tr key={r.id} className={`border-b border-divider ${overdue ? "bg-danger-soft" : ""}`} data-testid="open-request">
                  <td className="p-2"><Link href={`/admin/information/${r.id}`}>{r.reference}</Link></td>
                  <td className="p-2">{r.firstName} {r.lastName}</td>
                  <td className="p-2">{format.dateTime(r.receivedOn, "short")}</td>
                  <td className={`p-2 ${overdue ? "font-bold text-danger" : ""}`}>{format.dateTime(due, "short")}</td>
                  <td className="p-2">
                    {overdue ? t("overdue") : t("dueSoon")}
                    {r.urgent && <> · <strong>{t("urgent")}</strong></>}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
      {complaints.length > 0 && (
        <section aria-labelledby="pending-complaints" className="space-y-3">
          <h2 id="pending-complaints" className="text-xl">{t("complaints")}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {complaints.map((r) => (
              <li key={r.id}>
                <Link href={`/admin/information/${r.id}`}>{r.reference}</Link> — {format.dateTime(r.complaintFiledOn!, "short")}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="answered-requests" className="space-y-3">
        <h2 id="answered-requests" className="text-xl">{t("answered")}</h2>
        {answered.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <DataTable label={t("answered")} columns={columns}>
            {answered.map((r) => (
              <tr key={r.id} className="border-b border-divider">
                <td className="p-2"><Link href={`/admin/information/${r.id}`}>{r.reference}</Link></td>
                <td className="p-2">{r.firstName} {r.lastName}</td>
                <td className="p-2">{format.dateTime(r.receivedOn, "short")}</td>
                <td className="p-2">{format.dateTime(r.extendedDueOn ?? r.firstDueOn, "short")}</td>
                <td className="p-2">{r.outcome ? to(r.outcome) : ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
