import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { programmeErrorMessages } from "@/components/programme/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { DifficultyStatusBadge } from "@/components/programme/badges";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { answerDifficultyAction } from "@/lib/programme/actions";
import { DIFFICULTY_NEXT } from "@/lib/programme/schemas";
import { isolate } from "@/lib/notifications/email";
import { getDifficultiesForStaff } from "@/lib/programme/service";
import { DoneMessage, ProjectHeader } from "../../_components/project-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/[code]/difficulties">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  const { code } = await params;
  return { title: `${t("tabs.difficulties")} ${code}` };
}

export default async function ProjectDifficultiesAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme/[code]/difficulties">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const user = await pageUserWith("programme.answer", locale, `/admin/programme/${encodeURIComponent(code)}/difficulties`);
  const [t, format, errorMessages, data, query] = await Promise.all([
    getTranslations("ProgrammeAdmin"),
    getFormatter(),
    programmeErrorMessages(),
    getDifficultiesForStaff(code),
    searchParams,
  ]);
  if (!data) notFound();
  const { project, difficulties } = data;

  return (
    <div className="max-w-4xl space-y-6">
      <ProjectHeader project={project} locale={locale} roles={user.roles} current="difficulties" />
      <h2 className="text-2xl">{t("tabs.difficulties")}</h2>
      <p>{t("difficultiesAdmin.intro")}</p>
      <DoneMessage text={query.done === "updated" ? t("done.updated") : null} />
      {difficulties.length === 0 ? (
        <p>{t("difficultiesAdmin.empty")}</p>
      ) : (
        <ol className="space-y-5">
          {difficulties.map((difficulty) => {
            const date = format.dateTime(difficulty.createdAt, "withTime");
            const next = DIFFICULTY_NEXT[difficulty.status];
            return (
              <li key={difficulty.id} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                <article aria-labelledby={`difficulty-${difficulty.id}`} className="space-y-3">
                  <h3 id={`difficulty-${difficulty.id}`} className="flex flex-wrap items-center gap-2 text-lg">
                    {t("difficultiesAdmin.reportedBy", { name: isolate(difficulty.reporter?.name ?? t("difficultiesAdmin.anonymous")), date })}
                    <DifficultyStatusBadge status={difficulty.status} />
                  </h3>
                  <p dir="auto" className="whitespace-pre-line">{difficulty.body}</p>
                  {difficulty.answer && (
                    <div className="space-y-1 rounded-md border-s-4 border-brand bg-brand-soft p-3">
                      <p className="font-bold">
                        {difficulty.answeredAt
                          ? t("difficultiesAdmin.answeredBy", { name: isolate(difficulty.answeredBy?.name ?? t("difficultiesAdmin.anonymous")), date: format.dateTime(difficulty.answeredAt, "withTime") })
                          : t("difficultiesAdmin.answer")}
                      </p>
                      <p dir="auto" className="whitespace-pre-line">{difficulty.answer}</p>
                    </div>
                  )}
                  {next.length === 0 ? (
                    <p className="font-bold text-success">{t("difficultiesAdmin.closed")}</p>
                  ) : (
                    <ProgrammeForm
                      action={answerDifficultyAction}
                      idPrefix={`difficulty-form-${difficulty.id}`}
                      label={t("difficultiesAdmin.formLabel", { date })}
                      items={[
                        {
                          kind: "select",
                          name: "status",
                          label: t("difficultiesAdmin.status"),
                          required: true,
                          options: next.map((status) => ({ value: status, label: t(`difficultyStatus.${status}`) })),
                        },
                        { kind: "textarea", name: "answer", label: t("difficultiesAdmin.answer"), hint: t("difficultiesAdmin.answerHint"), maxLength: 5000, rows: 4 },
                      ]}
                      defaults={{ status: next.includes("ANSWERED") ? "ANSWERED" : next[0]!, answer: difficulty.answer ?? "" }}
                      hidden={{ difficultyId: String(difficulty.id) }}
                      submitLabel={t("difficultiesAdmin.submit")}
                      errorMessages={errorMessages}
                    />
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
