import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionStatusPill } from "@/components/equality/badges";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { DataTable } from "@/components/ui/data-table";
import { scheduleMeetingAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { getWorkspaceHome } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";


export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.workspace" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The members-only workspace: meetings (the chair schedules them) and opinions (any member drafts one). */
export default async function WorkspacePage({ params }: PageProps<"/[locale]/equality/workspace">) {
  const locale = await pageLocale(params);
  const access = await workspacePage(locale, "/equality/workspace");
  const [t, format, home, errorMessages] = await Promise.all([getTranslations("Equality"), getFormatter(), getWorkspaceHome(), equalityErrorMessages()]);
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("workspace.title")}</h1>
        <p>{t("workspace.intro")}</p>
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/equality">{t("workspace.publicPage")}</Link></li>
          {access.canManage && <li><Link href="/equality/workspace/members">{t("workspace.members")}</Link></li>}
          {access.canManage && <li><Link href="/equality/workspace/trainings">{t("workspace.trainings")}</Link></li>}
          <li><Link href="/equality/workspace/library">{t("library.link")}</Link></li>
          {(access.canSubmit || access.canManage) && <li><Link href="/equality/workspace/means">{t("means.link")}</Link></li>}
          {access.memberId && <li><Link href="/equality/workspace/opinions/new">{t("opinions.new")}</Link></li>}
        </ul>
      </header>

      <section aria-labelledby="ws-meetings" className="space-y-3">
        <h2 id="ws-meetings" className="text-2xl">{t("meetings.title")}</h2>
        {home.meetings.length === 0 ? (
          <p>{t("meetings.none")}</p>
        ) : (
          <DataTable label={t("meetings.title")} columns={[{ label: t("meetings.date") }, { label: t("meetings.place") }, { label: t("meetings.minutesStatus") }]}>
            {home.meetings.map((m) => (
              <tr key={m.id} className="border-b border-divider">
                <td className="p-2"><Link href={`/equality/workspace/meetings/${m.id}`}>{format.dateTime(m.scheduledAt, "withTime")}</Link></td>
                <td className="p-2" dir="auto">{m.place}</td>
                <td className="p-2">{m.minutesPublishedAt ? t("meetings.published") : m.scheduledAt > new Date() ? t("meetings.planned") : t("meetings.draft")}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {access.canManage && (
          <section aria-labelledby="ws-schedule" className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h3 id="ws-schedule" className="text-xl">{t("meetings.schedule")}</h3>
            <ProgrammeForm
              action={scheduleMeetingAction}
              idPrefix="meeting"
              items={[
                { kind: "row", fields: [
                  { kind: "text", name: "date", label: t("meetings.date"), hint: t("meetings.dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
                  { kind: "text", name: "time", label: t("meetings.time"), hint: t("meetings.timeHint"), required: true, maxLength: 5, dir: "ltr", short: true },
                ] },
                { kind: "text", name: "place", label: t("meetings.place"), required: true, maxLength: 300, dir: "auto" },
                { kind: "textarea", name: "agenda", label: t("meetings.agenda"), hint: t("meetings.agendaHint"), required: true, maxLength: 5000, rows: 4 },
              ]}
              submitLabel={t("meetings.scheduleSubmit")}
              errorMessages={errorMessages}
            />
          </section>
        )}
      </section>

      <section aria-labelledby="ws-opinions" className="space-y-3">
        <h2 id="ws-opinions" className="text-2xl">{t("opinions.title")}</h2>
        {home.opinions.length === 0 ? (
          <p>{t("opinions.none")}</p>
        ) : (
          <DataTable label={t("opinions.title")} columns={[{ label: t("opinions.subject") }, { label: t("opinions.kindLabel") }, { label: t("opinions.status") }]}>
            {home.opinions.map((o) => (
              <tr key={o.id} className="border-b border-divider">
                <td className="p-2"><Link href={`/equality/workspace/opinions/${o.id}`} dir="auto">{o.subject}</Link></td>
                <td className="p-2">{t(`opinions.kind.${o.kind}`)}</td>
                <td className="p-2"><OpinionStatusPill status={o.status} /></td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
