import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { saveCategoryAction } from "@/lib/forum/actions";
import { COMPETENCE_ARTICLE } from "@/lib/forum/rules";
import { listCategoriesForAdmin } from "@/lib/forum/service";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/forum/categories">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("categories.title") };
}

/** The administrator edits the forum's categories and the competence each usually falls under. */
export default async function ForumCategoriesPage({ params, searchParams }: PageProps<"/[locale]/admin/forum/categories">) {
  const locale = await pageLocale(params);
  await pageUserWith("settings.manage", locale, "/admin/forum/categories");
  const [t, errorMessages, categories] = await Promise.all([getTranslations("Forum"), forumErrorMessages(), listCategoriesForAdmin()]);
  const done = (await searchParams).done;
  const fields: FormItem[] = [
    { kind: "row", fields: [
      { kind: "text", name: "nameAr", label: t("categories.nameAr"), required: true, maxLength: 120, dir: "rtl", lang: "ar" },
      { kind: "text", name: "nameFr", label: t("categories.nameFr"), required: true, maxLength: 120, dir: "ltr", lang: "fr" },
    ] },
    {
      kind: "select", name: "competence", label: t("categories.competence"), placeholder: t("categories.caseByCase"),
      options: (["OWN", "SHARED", "TRANSFERRED"] as const).map((c) => ({ value: c, label: `${t(`competence.${c}`)} (${t("articleShort", { article: COMPETENCE_ARTICLE[c] })})` })),
    },
    { kind: "text", name: "position", label: t("categories.position"), required: true, maxLength: 3, inputMode: "numeric", short: true },
    { kind: "checkbox", name: "active", label: t("categories.active") },
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("categories.title")}</h1>
      <p>{t("categories.intro")}</p>
      {done === "saved" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("categories.saved")}</p>}
      <ol className="space-y-4">
        {categories.map((c) => (
          <li key={c.id} className="rounded-card border border-divider bg-surface p-4">
            <h2 className="mb-3 text-lg" dir="ltr">{c.slug}</h2>
            <ProgrammeForm
              action={saveCategoryAction}
              idPrefix={`category-${c.id}`}
              label={c.slug}
              items={fields}
              defaults={{ nameAr: c.nameAr, nameFr: c.nameFr, competence: c.competence ?? "", position: String(c.position), active: c.active ? "on" : "" }}
              hidden={{ categoryId: String(c.id) }}
              submitLabel={t("categories.save")}
              errorMessages={errorMessages}
            />
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-category" className="space-y-3 rounded-card border-2 border-brand p-4">
        <h2 id="new-category" className="text-2xl">{t("categories.newTitle")}</h2>
        <ProgrammeForm
          action={saveCategoryAction}
          idPrefix="category-new"
          items={[{ kind: "text", name: "slug", label: t("categories.slug"), required: true, maxLength: 40, dir: "ltr" }, ...fields]}
          defaults={{ position: String(categories.length), active: "on" }}
          submitLabel={t("categories.create")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
