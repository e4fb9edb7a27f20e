import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TopicStatusBadge } from "@/components/forum/status-badge";
import { can } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { getForumChoices, listOpenTopicsForStaff, parseTopicFilters } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/forum">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("staff.title") };
}

const fieldClass = "block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2";

/** Open topics by douar, category and age: those without an official answer first, oldest first. */
export default async function StaffForumPage({ params, searchParams }: PageProps<"/[locale]/admin/forum">) {
  const locale = await pageLocale(params);
  const user = await pageUserWith("forum.answer", locale, "/admin/forum");
  const filters = parseTopicFilters(await searchParams);
  const [t, format, choices, topics] = await Promise.all([getTranslations("Forum"), getFormatter(), getForumChoices(), listOpenTopicsForStaff(filters)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("staff.title")}</h1>
      <ul className="flex flex-wrap gap-4">
        {can(user.roles, "forum.moderate") && (
          <li>
            <Link href="/admin/forum/reports">{t("staff.reportsLink")}</Link>
          </li>
        )}
        <li>
          <Link href="/admin/forum/meetings">{t("meetings.staffTitle")}</Link>
        </li>
      </ul>
      <form method="get" action={localizedPath(locale, "/admin/forum")} className="grid gap-4 rounded-card border border-divider bg-surface p-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="staff-douar" className="block font-bold">{t("list.douar")}</label>
          <select id="staff-douar" name="douar" defaultValue={filters.douar === null ? "" : String(filters.douar)} className={fieldClass}>
            <option value="">{t("list.allDouars")}</option>
            <option value="commune">{t("communeSpace")}</option>
            {choices.douars.map((d) => <option key={d.id} value={d.id}>{localized(locale, d.nameAr, d.nameFr)}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="staff-category" className="block font-bold">{t("list.category")}</label>
          <select id="staff-category" name="category" defaultValue={filters.category ?? ""} className={fieldClass}>
            <option value="">{t("list.allCategories")}</option>
            {choices.categories.map((c) => <option key={c.id} value={c.id}>{localized(locale, c.nameAr, c.nameFr)}</option>)}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="min-h-12 rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">{t("list.apply")}</button>
        </div>
      </form>
      <p role="status">{t("staff.count", { count: topics.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse">
          <thead>
            <tr className="border-b-2 border-divider">
              <th scope="col" className="p-2 text-start">{t("staff.topic")}</th>
              <th scope="col" className="p-2 text-start">{t("list.douar")}</th>
              <th scope="col" className="p-2 text-start">{t("list.category")}</th>
              <th scope="col" className="p-2 text-start">{t("list.status")}</th>
              <th scope="col" className="p-2 text-start">{t("staff.age")}</th>
              <th scope="col" className="p-2 text-start">{t("staff.answer")}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.id} className="border-b border-divider align-top">
                <td className="p-2"><Link href={`/admin/forum/topics/${topic.id}`} dir="auto">{topic.title}</Link></td>
                <td className="p-2">{topic.douar ? localized(locale, topic.douar.nameAr, topic.douar.nameFr) : t("communeSpace")}</td>
                <td className="p-2">{localized(locale, topic.category.nameAr, topic.category.nameFr)}</td>
                <td className="p-2"><TopicStatusBadge status={topic.status} /></td>
                <td className="p-2">{t("staff.days", { count: topic.ageDays })}</td>
                <td className="p-2">{topic.firstOfficialAnswerAt ? format.dateTime(topic.firstOfficialAnswerAt, "long") : <strong className="text-danger">{t("staff.unanswered")}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
