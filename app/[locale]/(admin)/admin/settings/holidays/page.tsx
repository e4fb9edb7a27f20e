import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { settingsErrorMessages } from "@/components/settings/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { StatusPill } from "@/components/ui/status-pill";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { deleteHolidayAction, saveHolidayAction } from "@/lib/settings/actions";
import { listHolidaysForAdmin } from "@/lib/settings/service";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/settings/holidays">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Settings.holidays" });
  return { title: t("title") };
}

/** The holiday calendar behind every working-day deadline: the administrator confirms or corrects religious holidays. */
export default async function HolidaysPage({ params, searchParams }: PageProps<"/[locale]/admin/settings/holidays">) {
  const locale = await pageLocale(params);
  await pageUserWith("settings.manage", locale, "/admin/settings/holidays");
  const [t, format, errorMessages, holidays] = await Promise.all([getTranslations("Settings.holidays"), getFormatter(), settingsErrorMessages(), listHolidaysForAdmin()]);
  const done = (await searchParams).done;
  const fields: FormItem[] = [
    { kind: "text", name: "date", label: t("date"), required: true, maxLength: 10, dir: "ltr", short: true, inputMode: "numeric" },
    { kind: "row", fields: [
      { kind: "text", name: "nameAr", label: t("nameAr"), required: true, maxLength: 120, dir: "rtl", lang: "ar" },
      { kind: "text", name: "nameFr", label: t("nameFr"), required: true, maxLength: 120, dir: "ltr", lang: "fr" },
    ] },
    { kind: "radios", name: "kind", label: t("kind"), required: true, options: (["RELIGIOUS", "EXCEPTIONAL"] as const).map((kind) => ({ value: kind, label: t(`kind${kind}`) })) },
    { kind: "checkbox", name: "confirmed", label: t("confirmed") },
  ];
  const years = [...new Set(holidays.map((h) => h.date.getUTCFullYear()))];
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {done && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(done === "deleted" ? "deleted" : "saved")}</p>}
      <section aria-labelledby="new-holiday" className="space-y-3 rounded-card border-2 border-brand p-4">
        <h2 id="new-holiday" className="text-2xl">{t("newTitle")}</h2>
        <ProgrammeForm action={saveHolidayAction} idPrefix="holiday-new" items={fields} defaults={{ kind: "RELIGIOUS" }} submitLabel={t("create")} errorMessages={errorMessages} />
      </section>
      {holidays.length === 0 && <p>{t("empty")}</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="space-y-3">
          <h2 id={`year-${year}`} className="text-2xl">{t("year", { year: String(year) })}</h2>
          <ol className="space-y-3">
            {holidays.filter((h) => h.date.getUTCFullYear() === year).map((h) => {
              const day = h.date.toISOString().slice(0, 10);
              const label = `${localized(locale, h.nameAr, h.nameFr)} — ${format.dateTime(h.date, { dateStyle: "full", timeZone: "UTC" })}`;
              return (
                <li key={h.id} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                  <h3 className="flex flex-wrap items-center gap-2 text-lg">
                    <span>{label}</span>
                    <StatusPill status={h.confirmed ? "confirmed" : "estimated"} tone={h.confirmed ? "success" : "warning"} mark={h.confirmed ? "✓" : "≈"} label={t(h.confirmed ? "statusConfirmed" : "statusEstimated")} />
                  </h3>
                  <details>
                    <summary className="min-h-12 cursor-pointer py-3 font-bold text-brand-dark">{t("edit")}</summary>
                    <ProgrammeForm
                      action={saveHolidayAction}
                      idPrefix={`holiday-${h.id}`}
                      label={label}
                      items={fields}
                      defaults={{ date: day, nameAr: h.nameAr, nameFr: h.nameFr, kind: h.kind, confirmed: h.confirmed ? "on" : "" }}
                      hidden={{ holidayId: String(h.id) }}
                      submitLabel={t("save")}
                      errorMessages={errorMessages}
                    />
                  </details>
                  <ProgrammeForm action={deleteHolidayAction} idPrefix={`holiday-delete-${h.id}`} label={`${t("delete")}: ${label}`} items={[]} hidden={{ holidayId: String(h.id) }} submitLabel={t("delete")} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
