import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CycleForm } from "@/components/budget/cycle-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { createCycleAction } from "@/lib/budget/actions";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/budget/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("admin.newTitle") };
}

export default async function NewCyclePage({ params }: PageProps<"/[locale]/admin/budget/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("budget.manage", locale, "/admin/budget/new");
  const t = await getTranslations("Budget");
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("admin.newTitle")}</h1>
      <p className="text-sm text-muted">{t("legalBasis")}</p>
      <CycleForm locale={locale} action={createCycleAction} withYear submitLabel={t("admin.create")} />
    </div>
  );
}
