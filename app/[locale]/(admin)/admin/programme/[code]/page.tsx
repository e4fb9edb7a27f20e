import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { programmeErrorMessages } from "@/components/programme/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { StatusBadge } from "@/components/programme/badges";
import { pageUserWith } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { recordProgressAction, withdrawEvidenceAction } from "@/lib/programme/actions";
import { isolate } from "@/lib/notifications/email";
import { getProjectForStaff } from "@/lib/programme/service";
import { DoneMessage, ProjectHeader } from "../_components/project-header";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

const DONE = ["created", "saved", "recorded", "evidenceWithdrawn"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/[code]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  const { code } = await params;
  return { title: `${code} · ${t("title")}` };
}

function Bar({ label, value, text }: { label: string; value: number; text: string }) {
  return (
    <div className="space-y-1">
      <div className="flex justify-between gap-3">
        <span className="font-bold">{label}</span>
        <span className="tabular-nums">{text}</span>
      </div>
      {/* SVG attributes rather than a style attribute: the CSP allows no inline styles. */}
      <svg aria-hidden="true" className="block h-3 w-full" preserveAspectRatio="none">
        <rect width="100%" height="100%" rx="6" className="fill-divider" />
        <rect width={`${Math.min(100, Math.max(0, value))}%`} height="100%" rx="6" className="fill-brand" />
      </svg>
    </div>
  );
}

export default async function ProjectAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme/[code]">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const user = await pageUserWith("programme.update_progress", locale, `/admin/programme/${encodeURIComponent(code)}`);
  const [t, tTracking, format, errorMessages, project, query] = await Promise.all([
    getTranslations("ProgrammeAdmin"),
    getTranslations("ProgrammeTracking"),
    getFormatter(),
    programmeErrorMessages(),
    getProjectForStaff(code),
    searchParams,
  ]);
  if (!project) notFound();
  const done = DONE.find((d) => d === query.done);
  const latest = project.updates[0];
  const percent = (value: number) => format.number(value / 100, "percent");
  const money = (value: number | null) => (value === null ? t("overview.notSet") : format.number(value, "money"));
  const reason = localized(locale, project.statusReasonAr, project.statusReasonFr) ?? project.statusReasonAr ?? project.statusReasonFr;

  const items: FormItem[] = [
    {
      kind: "row",
      fields: [
        { kind: "text", name: "physicalPercent", label: t("progress.physical"), hint: t("progress.percentHint"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 3, short: true },
        { kind: "text", name: "financialPercent", label: t("progress.financial"), hint: t("progress.percentHint"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 3, short: true },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "committedMad", label: t("progress.committed"), hint: t("form.amountHint"), dir: "ltr", inputMode: "numeric", maxLength: 20 },
        { kind: "text", name: "spentMad", label: t("progress.spent"), hint: t("form.amountHint"), dir: "ltr", inputMode: "numeric", maxLength: 20 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "noteAr", label: t("progress.noteAr"), dir: "rtl", lang: "ar", maxLength: 4000, rows: 3 },
        { kind: "textarea", name: "noteFr", label: t("progress.noteFr"), dir: "ltr", lang: "fr", maxLength: 4000, rows: 3 },
      ],
    },
    { kind: "file", name: "files", label: t("progress.files"), hint: t("progress.filesHint"), accept: PHOTO_OR_PDF_ACCEPT, multiple: true },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "captionAr", label: t("progress.captionAr"), hint: t("progress.captionHint"), dir: "rtl", lang: "ar", maxLength: 300 },
        { kind: "text", name: "captionFr", label: t("progress.captionFr"), hint: t("progress.captionHint"), dir: "ltr", lang: "fr", maxLength: 300 },
      ],
    },
  ];

  return (
    <div className="max-w-5xl space-y-6">
      <ProjectHeader project={project} locale={locale} roles={user.roles} current="overview" />
      {can(user.roles, "programme.manage") && (
        <p>
          <Link href={`/admin/programme/${encodeURIComponent(project.code)}/tracking`}>{tTracking("link")}</Link>
        </p>
      )}
      <DoneMessage text={done ? t(`done.${done}`) : null} />

      <section aria-labelledby="figures" className="space-y-4 rounded-card border border-divider bg-surface p-5">
        <h2 id="figures" className="text-2xl">{t("overview.figures")}</h2>
        <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <li><StatusBadge status={project.status} /></li>
          <li>{t("axisNumber", { number: project.axis.number })}</li>
          <li className="tabular-nums">{t("overview.years", { start: project.startYear, end: project.endYear })}</li>
          <li>{t(`competence.${project.competence}`)}</li>
        </ul>
        {reason && (
          <p className="rounded-md border-s-4 border-accent bg-warning-soft p-3" dir="auto">
            {t("overview.reason", { reason })}
          </p>
        )}
        <div className="grid gap-4 md:grid-cols-2">
          <Bar label={t("columns.physical")} value={latest?.physicalPercent ?? 0} text={latest ? percent(latest.physicalPercent) : t("overview.notSet")} />
          <Bar label={t("columns.financial")} value={latest?.financialPercent ?? 0} text={latest ? percent(latest.financialPercent) : t("overview.notSet")} />
        </div>
        <p className="text-muted">
          {t("overview.estimatedCost", { cost: money(project.estimatedCostMad) })} · {t("overview.followers", { count: project._count.follows })}
        </p>
      </section>

      <section aria-labelledby="record" className="space-y-4 rounded-card border border-divider bg-surface p-5">
        <h2 id="record" className="text-2xl">{t("progress.title")}</h2>
        <p>{t("progress.intro")}</p>
        <ProgrammeForm
          action={recordProgressAction}
          idPrefix="progress"
          items={items}
          hidden={{ projectId: String(project.id) }}
          submitLabel={t("progress.submit")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="history" className="space-y-4">
        <h2 id="history" className="text-2xl">{t("overview.history")}</h2>
        {project.updates.length === 0 ? (
          <p>{t("overview.noUpdates")}</p>
        ) : (
          <ol className="space-y-4">
            {project.updates.map((update) => {
              const note = localized(locale, update.noteAr, update.noteFr) ?? update.noteAr ?? update.noteFr;
              return (
                <li key={update.id} className="space-y-2 rounded-card border border-divider bg-surface p-4">
                  <h3 className="text-lg">
                    {t("overview.updateBy", { date: format.dateTime(update.recordedAt, "withTime"), author: isolate(update.author?.name ?? t("overview.unknownAuthor")) })}
                  </h3>
                  <p className="tabular-nums">
                    {t("overview.figuresLine", { physical: percent(update.physicalPercent), financial: percent(update.financialPercent) })}
                  </p>
                  {(update.committedMad !== null || update.spentMad !== null) && (
                    <p className="tabular-nums">{t("overview.amounts", { committed: money(update.committedMad), spent: money(update.spentMad) })}</p>
                  )}
                  {note && <p dir="auto" className="whitespace-pre-line">{note}</p>}
                  {update.evidence.length > 0 && (
                    <div className="space-y-2">
                      <h4 className="font-bold">{t("overview.evidence")}</h4>
                      <ul className="space-y-3">
                        {update.evidence.map((file) => {
                          // Photos and PDFs are numbered separately: "photo 1", "PDF document 1".
                          const number = update.evidence.filter((e) => e.kind === file.kind).indexOf(file) + 1;
                          const what =
                            file.kind === "PHOTO"
                              ? (localized(locale, file.captionAr, file.captionFr) ?? t("overview.photo", { number }))
                              : t("overview.pdf", { number, size: format.number(file.bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
                          return (
                            <li key={file.id} className="space-y-2 border-s-4 border-divider ps-3">
                              {file.withdrawnAt ? (
                                <p>
                                  {what} · {t("evidence.withdrawn", { date: format.dateTime(file.withdrawnAt, "withTime"), name: isolate(file.withdrawnBy?.name ?? t("overview.unknownAuthor")) })}{" "}
                                  <span dir="auto">{file.withdrawnReason}</span>
                                </p>
                              ) : (
                                <>
                                  {file.kind === "PHOTO" ? (
                                    <a href={`/api/files/evidence/${file.id}`} className="block w-fit">
                                      {/* eslint-disable-next-line @next/next/no-img-element -- already re-encoded and bounded at upload; no optimiser needed */}
                                      <img src={`/api/files/evidence/${file.id}`} alt={what} loading="lazy" className="h-32 w-44 rounded-md border border-divider object-cover" />
                                    </a>
                                  ) : (
                                    <a href={`/api/files/evidence/${file.id}`}>{what}</a>
                                  )}
                                  <ProgrammeForm
                                    action={withdrawEvidenceAction}
                                    idPrefix={`evidence-${file.id}`}
                                    label={t("evidence.withdrawLabel", { what })}
                                    items={[{ kind: "text", name: "reason", label: t("evidence.reason"), hint: t("evidence.reasonHint"), required: true, dir: "auto", maxLength: 500 }]}
                                    hidden={{ evidenceId: String(file.id) }}
                                    submitLabel={t("evidence.withdraw")}
                                    errorMessages={errorMessages}
                                  />
                                </>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
