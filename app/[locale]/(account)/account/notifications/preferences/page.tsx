// How the signed-in person hears of each category of notices: an e-mail at once, a daily digest,
// or in the portal only. One form of radio groups; works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { saveNoticePreferencesAction } from "@/lib/notifications/actions";
import { NOTICE_CATEGORIES, NOTICE_DELIVERIES } from "@/lib/notifications/categories";
import { getMyNoticePreferences } from "@/lib/notifications/preferences";

type Props = PageProps<"/[locale]/account/notifications/preferences">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Notifications.preferences" });
  return { title: t("title") };
}

export default async function NoticePreferencesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/notifications/preferences");
  const [t, tn, preferences, query] = await Promise.all([
    getTranslations("Notifications.preferences"),
    getTranslations("Notifications"),
    getMyNoticePreferences(),
    searchParams,
  ]);
  const items: FormItem[] = NOTICE_CATEGORIES.map((category) => ({
    kind: "radios",
    name: category,
    label: t(`categories.${category}`),
    required: true,
    options: NOTICE_DELIVERIES.map((delivery) => ({ value: delivery, label: t(`deliveries.${delivery}`) })),
  }));
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {query.done === "saved" && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("saved")}</p>
      )}
      <ProgrammeForm action={saveNoticePreferencesAction} idPrefix="preferences" items={items} submitLabel={t("save")} defaults={preferences} />
      <p>
        <Link href="/account/notifications">{tn("title")}</Link>
      </p>
    </div>
  );
}
