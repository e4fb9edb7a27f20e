import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { scheduleMeetingAction } from "@/lib/forum/actions";
import { agendaCandidates } from "@/lib/forum/meetings";
import { getForumChoices } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/forum/meetings/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("meetings.schedule") };
}

/** Scheduling in two steps without JavaScript: the douar (a GET form), then date, place and agenda from its open topics. */
export default async function NewForumMeetingPage({ params, searchParams }: PageProps<"/[locale]/admin/forum/meetings/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("forum.answer", locale, "/admin/forum/meetings/new");
  const douarParam = (await searchParams).douar;
  const [t, errorMessages, choices] = await Promise.all([getTranslations("Forum"), forumErrorMessages(), getForumChoices()]);
  const douar = choices.douars.find((d) => String(d.id) === douarParam);
  const candidates = douar ? await agendaCandidates(douar.id) : [];
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/forum/meetings">{t("meetings.back")}</Link></p>
      <h1 className="text-3xl">{t("meetings.schedule")}</h1>
      <form method="get" action={localizedPath(locale, "/admin/forum/meetings/new")} className="flex flex-wrap items-end gap-3 rounded-card border border-divider bg-surface p-4">
        <div className="space-y-1">
          <label htmlFor="meeting-douar" className="block font-bold">{t("list.douar")}</label>
          <select id="meeting-douar" name="douar" defaultValue={douar ? String(douar.id) : ""} className="block min-h-12 rounded-md border-2 border-muted bg-surface px-3 py-2">
            <option value="">{t("new.chooseDouar")}</option>
            {choices.douars.map((d) => <option key={d.id} value={d.id}>{localized(locale, d.nameAr, d.nameFr)}</option>)}
          </select>
        </div>
        <button type="submit" className="min-h-12 rounded-md border-2 border-brand px-5 font-bold text-brand">{t("new.continue")}</button>
      </form>
      {douar && (
        <section aria-labelledby="meeting-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="meeting-form" className="text-xl">{localized(locale, douar.nameAr, douar.nameFr)}</h2>
          {candidates.length === 0 ? (
            <p>{t("meetings.noOpenTopics")}</p>
          ) : (
            <ProgrammeForm
              action={scheduleMeetingAction}
              idPrefix="meeting"
              items={[
                { kind: "row", fields: [
                  { kind: "text", name: "date", label: t("meetings.date"), hint: t("meetings.dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
                  { kind: "text", name: "time", label: t("meetings.time"), hint: t("meetings.timeHint"), required: true, maxLength: 5, dir: "ltr", short: true },
                ] },
                { kind: "text", name: "place", label: t("meetings.place"), required: true, maxLength: 300, dir: "auto" },
                { kind: "checkboxes", name: "topicIds", label: t("meetings.agenda"), hint: t("meetings.agendaHint"), required: true, options: candidates.map((c) => ({ value: String(c.id), label: `${c.title} (${t("list.supporters", { count: c._count.supports })})` })) },
              ]}
              hidden={{ douarId: String(douar.id) }}
              submitLabel={t("meetings.scheduleSubmit")}
              errorMessages={errorMessages}
            />
          )}
        </section>
      )}
    </div>
  );
}
