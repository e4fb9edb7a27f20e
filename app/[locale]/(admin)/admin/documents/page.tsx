import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { pageUserWith } from "@/lib/auth/page-guards";
import { listDocumentsForStaff } from "@/lib/documents/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/documents">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Documents.admin" });
  return { title: t("title") };
}

const STATUS_CLASS = { DRAFT: "bg-warning-soft", PUBLISHED: "bg-success-soft", UNPUBLISHED: "bg-danger-soft" } as const;

export default async function AdminDocumentsPage({ params }: PageProps<"/[locale]/admin/documents">) {
  const locale = await pageLocale(params);
  await pageUserWith("documents.publish", locale, "/admin/documents");
  const [t, tc, format, documents] = await Promise.all([
    getTranslations("Documents.admin"),
    getTranslations("Documents.categories"),
    getFormatter(),
    listDocumentsForStaff(),
  ]);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>
        <Link href="/admin/documents/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">
          {t("new")}
        </Link>
      </p>
      {documents.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable
          label={t("title")}
          columns={[{ label: t("columns.title") }, { label: t("columns.category") }, { label: t("columns.status") }, { label: t("columns.updated") }, { label: t("columns.versions"), align: "end" }]}
        >
          {documents.map((d) => (
            <tr key={d.id} className="border-b border-divider">
              <td className="p-2"><Link href={`/admin/documents/${d.id}`}>{localized(locale, d.titleAr, d.titleFr)}</Link></td>
              <td className="p-2">{tc(d.category)}</td>
              <td className="p-2"><span className={`rounded-md px-2 py-1 ${STATUS_CLASS[d.status]}`}>{t(`status.${d.status}`)}</span></td>
              <td className="p-2">{format.dateTime(d.updatedAt, "short")}</td>
              <td className="p-2 text-end">{d._count.versions}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
