import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionStatusPill, ResponsePill } from "@/components/equality/badges";
import { CompositionFigure, ProposalForceFigure } from "@/components/equality/figures";
import { DataTable } from "@/components/ui/data-table";
import { getSession } from "@/lib/auth/session";
import { getPublicCommittee, workspaceAccess } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Modules" });
  return { title: t("equality.title") };
}

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

/** The committee's public face: who sits on it, its composition, its consultation on the programme, its minutes, opinions and their fate. */
export default async function EqualityPage({ params }: PageProps<"/[locale]/equality">) {
  const locale = await pageLocale(params);
  const [t, format, committee, user] = await Promise.all([getTranslations("Equality"), getFormatter(), getPublicCommittee(), getSession()]);
  const access = user ? await workspaceAccess(user) : null;
  const { settings, composition } = committee;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{localized(locale, settings.nameAr, settings.nameFr)}</h1>
        <p className="text-lg">{t("intro")}</p>
        <ul className="flex flex-wrap items-center gap-4">
          <li><Link href="/equality/trainings">{t("trainings.link")}</Link></li>
          <li><Link href="/equality/statistics">{t("statistics.link")}</Link></li>
          {access && (
            <li>
              <Link href="/equality/workspace" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline">{t("workspaceLink")}</Link>
            </li>
          )}
        </ul>
      </header>

      <section aria-labelledby="composition-title" className="space-y-3">
        <h2 id="composition-title" className="text-2xl">{t("composition.title")}</h2>
        <CompositionFigure composition={composition} target={settings.targetWomenPercent} locale={locale} />
        <p className="text-muted">{t("composition.size", { min: settings.minMembers, max: settings.maxMembers })}</p>
      </section>

      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-2xl">{t("members.title")}</h2>
        {committee.listed.length === 0 ? (
          <p>{t("members.none")}</p>
        ) : (
          <DataTable label={t("members.title")} columns={[{ label: t("members.name") }, { label: t("members.organisation") }, { label: t("members.role") }]}>
            {committee.listed.map((m) => (
              <tr key={m.id} className="border-b border-divider">
                <td className="p-2" dir="auto">{m.name}</td>
                <td className="p-2" dir="auto">{m.organisation ?? ""}</td>
                <td className="p-2">
                  {m.bureauRole !== null && (localized(locale, settings.bureauRolesAr, settings.bureauRolesFr)[m.bureauRole] ?? t(`members.roles.${m.role}`))}
                  {m.bureauRole === null && t(`members.roles.${m.role}`)}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="text-sm text-muted">{t("members.notListed")}</p>
      </section>

      <section aria-labelledby="consultation-title" className="space-y-3">
        <h2 id="consultation-title" className="text-2xl">{t("consultation.title")}</h2>
        <p>{t("consultation.text")}</p>
        {committee.consultations.length === 0 ? (
          <p>{t("consultation.none")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {committee.consultations.map((c) => (
              <li key={c.id}>{t("consultation.held", { date: format.dateTime(c.heldOn, DAY), programme: localized(locale, c.programme.titleAr, c.programme.titleFr) })}</li>
            ))}
          </ul>
        )}
        <p><Link href="/programme#adoption-title">{t("consultation.link")}</Link></p>
      </section>

      <ProposalForceFigure force={committee.force} locale={locale} />

      <section aria-labelledby="opinions-title" className="space-y-3">
        <h2 id="opinions-title" className="text-2xl">{t("opinions.publicTitle")}</h2>
        {committee.opinions.length === 0 ? (
          <p>{t("opinions.noneSent")}</p>
        ) : (
          <ul className="space-y-3">
            {committee.opinions.map((o) => (
              <li key={o.id} className="space-y-1 rounded-card border border-divider bg-surface p-4">
                <p className="text-sm text-muted">{t(`opinions.kind.${o.kind}`)} · {o.sentOn && t("opinions.sentOn", { date: format.dateTime(o.sentOn, DAY) })}</p>
                <h3 className="text-lg"><Link href={`/equality/opinions/${o.id}`} dir="auto">{o.subject}</Link></h3>
                <p className="flex flex-wrap gap-2">
                  <OpinionStatusPill status={o.status} />
                  {o.response && <ResponsePill response={o.response} />}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meetings-title" className="space-y-3">
        <h2 id="meetings-title" className="text-2xl">{t("meetings.publicTitle")}</h2>
        {committee.meetings.length === 0 ? (
          <p>{t("meetings.nonePublished")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {committee.meetings.map((m) => (
              <li key={m.id}><Link href={`/equality/meetings/${m.id}`}>{t("meetings.meetingOf", { date: format.dateTime(m.scheduledAt, "long") })}</Link></li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
