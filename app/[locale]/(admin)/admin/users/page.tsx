import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { pageCount, parsePage } from "@/lib/forms/pagination";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/users/service";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("users") };
}

export default async function UsersPage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const locale = await pageLocale(params);
  await pageUserWith("users.read", locale, "/admin/users");
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const page = parsePage(query.page);
  const [t, tr, { items, total }] = await Promise.all([getTranslations("Admin"), getTranslations("Roles"), listUsers({ query: q, page })]);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl">{t("users")}</h1>
      <p>{t("usersIntro")}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="user-search" className="block font-bold">{t("search")}</label>
          <input id="user-search" name="q" type="search" defaultValue={q} className="min-h-12 rounded-md border-2 border-muted bg-surface px-3" />
        </div>
        <button type="submit" className="min-h-12 rounded-md bg-brand px-5 font-bold text-white">{t("searchSubmit")}</button>
      </form>
      <p aria-live="polite">{t("usersCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("noUsers")}</p>
      ) : (
        <DataTable label={t("users")} tableClassName="bg-surface" columns={[{ label: t("columnName") }, { label: t("columnEmail") }, { label: t("columnStatus") }, { label: t("columnRoles") }]}>
          {items.map((user) => (
            <tr key={user.id} className="border-b border-divider align-top">
              <td className="p-2" dir="auto">
                <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
              </td>
              <td className="p-2"><span dir="ltr">{user.email}</span></td>
              <td className="p-2">{t(`status${user.status}`)}</td>
              <td className="p-2">{user.roles.map((r) => tr(r.role)).join("، ")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination pathname="/admin/users" page={page} pages={pageCount(total, USERS_PAGE_SIZE)} query={q ? { q } : {}} />
    </div>
  );
}
