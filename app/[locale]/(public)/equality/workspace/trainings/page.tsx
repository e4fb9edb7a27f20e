import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { createTrainingAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { listTrainings } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace/trainings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.trainings" });
  return { title: t("manageTitle"), robots: { index: false, follow: false } };
}

/** The chair schedules trainings and opens each one to record attendance. */
export default async function WorkspaceTrainingsPage({ params, searchParams }: PageProps<"/[locale]/equality/workspace/trainings">) {
  const locale = await pageLocale(params);
  const access = await workspacePage(locale, "/equality/workspace/trainings");
  if (!access.canManage) forbidden();
  const [t, tm, format, trainings, errorMessages] = await Promise.all([getTranslations("Equality.trainings"), getTranslations("Equality.meetings"), getFormatter(), listTrainings(null), equalityErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("manageTitle")}</h1>
      <DoneBanner done={(await searchParams).done} known={["created"]} text={() => t("done.created")} />
      <ul className="list-disc space-y-1 ps-6">
        {[...trainings.upcoming, ...trainings.past].map((training) => (
          <li key={training.id}>
            <Link href={`/equality/workspace/trainings/${training.id}`} dir="auto">{training.title}</Link> — {format.dateTime(training.startsAt, "withTime")}
          </li>
        ))}
      </ul>
      <section aria-labelledby="training-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="training-form" className="text-xl">{t("schedule")}</h2>
        <ProgrammeForm
          action={createTrainingAction}
          idPrefix="training"
          items={[
            { kind: "text", name: "title", label: t("titleLabel"), required: true, maxLength: 200, dir: "auto" },
            { kind: "text", name: "audience", label: t("audienceLabel"), hint: t("audienceHint"), required: true, maxLength: 300, dir: "auto" },
            { kind: "row", fields: [
              { kind: "text", name: "date", label: tm("date"), hint: tm("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
              { kind: "text", name: "time", label: tm("time"), hint: tm("timeHint"), required: true, maxLength: 5, dir: "ltr", short: true },
            ] },
            { kind: "text", name: "place", label: tm("place"), required: true, maxLength: 300, dir: "auto" },
            { kind: "text", name: "materialsUrl", label: t("materialsLabel"), hint: t("materialsHint"), maxLength: 500, dir: "ltr" },
          ]}
          submitLabel={t("scheduleSubmit")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
