import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import type { getParticipationPlan } from "@/lib/plan/queries";

type Plan = Awaited<ReturnType<typeof getParticipationPlan>>;

export async function ParticipationPlan({ locale, plan }: { locale: Locale; plan: Plan }) {
  const t = await getTranslations("Home");
  const activityCount = plan.reduce((sum, axis) => sum + axis.activities.length, 0);
  return (
    <section aria-labelledby="plan-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="plan-title" className="text-2xl">{t("planTitle")}</h2>
        <p className="max-w-3xl text-muted">
          {plan.length ? t("planIntro", { axes: plan.length, activities: activityCount }) : t("planEmpty")}
        </p>
      </div>
      <ol className="space-y-4">
        {plan.map((axis) => {
          const note = localized(locale, axis.noteAr, axis.noteFr);
          return (
            <li key={axis.number} className="rounded-card border border-divider bg-surface p-5">
              <article aria-labelledby={`axis-${axis.number}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`axis-${axis.number}`} className="text-xl text-brand-dark">
                    {localized(locale, axis.titleAr, axis.titleFr)}
                  </h3>
                  <span className="rounded-full bg-brand-soft px-3 py-1 text-sm font-bold text-brand-dark">
                    {t("axisActivities", { count: axis.activities.length })}
                  </span>
                </div>
                {note && <p className="mt-1 text-sm text-muted">{note}</p>}
                <ul className="mt-3 list-disc space-y-2 ps-6">
                  {axis.activities.map((activity) => (
                    <li key={activity.position}>{localized(locale, activity.textAr, activity.textFr)}</li>
                  ))}
                </ul>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
