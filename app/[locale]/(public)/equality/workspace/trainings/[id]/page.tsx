import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { trainingAttendanceAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { getTrainingForManagers } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/equality/workspace/trainings/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.trainings" });
  return { title: t("attendanceTitle"), robots: { index: false, follow: false } };
}

/** A training's registrants; once it has started, the chair records who attended. */
export default async function WorkspaceTrainingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  // Attendance is the chair's (and administrators') work; other members get the 403 page.
  const access = await workspacePage(locale, `/equality/workspace/trainings/${id}`);
  if (!access.canManage) forbidden();
  const training = /^[1-9]\d{0,8}$/.test(id) ? await getTrainingForManagers(Number(id)) : null;
  if (!training) notFound();
  const [t, format, errorMessages] = await Promise.all([getTranslations("Equality.trainings"), getFormatter(), equalityErrorMessages()]);
  const started = training.startsAt <= new Date();
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace/trainings">{t("manageTitle")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={["attendance"]} text={() => t("done.attendance")} />
      <h1 className="text-3xl" dir="auto">{training.title}</h1>
      <p>{format.dateTime(training.startsAt, "withTime")} · <span dir="auto">{training.place}</span></p>
      <h2 className="text-2xl">{t("registrants", { count: training.registrations.length })}</h2>
      {started && training.registrations.length > 0 ? (
        <ProgrammeForm
          action={trainingAttendanceAction}
          idPrefix="attendance"
          items={[{ kind: "checkboxes", name: "present", label: t("attendanceTitle"), options: training.registrations.map((r) => ({ value: r.userId, label: r.user.name })) }]}
          hidden={{ trainingId: String(training.id) }}
          defaults={{ present: training.registrations.filter((r) => r.attended).map((r) => r.userId).join(",") }}
          submitLabel={t("attendanceSubmit")}
          errorMessages={errorMessages}
        />
      ) : (
        <ul className="list-disc space-y-1 ps-6">
          {training.registrations.map((r) => <li key={r.userId} dir="auto">{r.user.name}</li>)}
        </ul>
      )}
    </div>
  );
}
