import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { getSession } from "@/lib/auth/session";
import { registerTrainingAction, unregisterTrainingAction } from "@/lib/equality/actions";
import { listTrainings } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/trainings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.trainings" });
  return { title: t("title") };
}

const DONE = ["registered", "unregistered"] as const;

/** Trainings on the gender approach, advocacy, petitions and digital tools: signed-in people register once, or withdraw before the start. */
export default async function TrainingsPage({ params, searchParams }: PageProps<"/[locale]/equality/trainings">) {
  await pageLocale(params);
  const user = await getSession();
  const [t, format, trainings, errorMessages] = await Promise.all([getTranslations("Equality.trainings"), getFormatter(), listTrainings(user?.id ?? null), equalityErrorMessages()]);
  const figures = (f: { registered: number; women: number; men: number; undeclared: number }) => t("figures", { registered: f.registered, women: f.women, men: f.men, undeclared: f.undeclared });
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality">{t("back")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <DoneBanner done={(await searchParams).done} known={DONE} text={(key) => t(`done.${key as (typeof DONE)[number]}`)} />
      <section aria-labelledby="upcoming-title" className="space-y-3">
        <h2 id="upcoming-title" className="text-2xl">{t("upcoming")}</h2>
        {trainings.upcoming.length === 0 && <p>{t("none")}</p>}
        {trainings.upcoming.map((training) => (
          <article key={training.id} className="space-y-2 rounded-card border border-divider bg-surface p-4" data-testid="training">
            <h3 className="text-xl" dir="auto">{training.title}</h3>
            <p>{format.dateTime(training.startsAt, "withTime")} · <span dir="auto">{training.place}</span></p>
            <p>{t("audience")} <span dir="auto">{training.audience}</span></p>
            {training.materialsUrl && <p><a href={training.materialsUrl} rel="noopener noreferrer" dir="ltr">{t("materials")}</a></p>}
            <p className="text-sm text-muted">{figures(training.figures)}</p>
            {training.registered ? (
              <form action={unregisterTrainingAction} className="space-y-2">
                <p className="font-bold text-success">{t("youAreRegistered")}</p>
                <input type="hidden" name="trainingId" value={training.id} />
                <SubmitButton label={t("unregister")} />
              </form>
            ) : user ? (
              <ProgrammeForm
                action={registerTrainingAction}
                idPrefix={`training-${training.id}`}
                label={t("registerFor", { title: training.title })}
                items={[{ kind: "select", name: "gender", label: t("gender"), hint: t("genderHint"), placeholder: t("genderNone"), options: (["WOMAN", "MAN"] as const).map((g) => ({ value: g, label: t(`genders.${g}`) })) }]}
                hidden={{ trainingId: String(training.id) }}
                submitLabel={t("register")}
                errorMessages={errorMessages}
              />
            ) : (
              <p><Link href={{ pathname: "/signin", query: { callbackUrl: "/equality/trainings" } }}>{t("signInToRegister")}</Link></p>
            )}
          </article>
        ))}
      </section>
      <section aria-labelledby="past-title" className="space-y-3">
        <h2 id="past-title" className="text-2xl">{t("past")}</h2>
        {trainings.past.length === 0 && <p>{t("none")}</p>}
        <ul className="space-y-2">
          {trainings.past.map((training) => (
            <li key={training.id} className="rounded-card border border-divider bg-surface p-3">
              <p className="font-bold" dir="auto">{training.title}</p>
              <p>{format.dateTime(training.startsAt, "long")} · {figures(training.figures)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
