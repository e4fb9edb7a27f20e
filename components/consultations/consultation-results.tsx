// The results of a closed consultation: aggregates only (participants by declared gender and douar,
// each single-choice question's counts by declared gender), each as an SVG chart with its text.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import type { PublicConsultation } from "@/lib/consultations/queries";
import { BarChart } from "./bar-chart";

export async function ConsultationResults({ consultation, locale }: { consultation: PublicConsultation; locale: Locale }) {
  const t = await getTranslations("Consultations");
  const results = consultation.results!;
  const gender = results.participants.byGender;
  const genderRows = [
    { label: t("genderOption.FEMALE"), value: gender.FEMALE },
    { label: t("genderOption.MALE"), value: gender.MALE },
    { label: t("undeclared"), value: gender.UNDECLARED },
  ].map((r) => ({ ...r, text: `${r.label}: ${r.value}` }));
  const douarRows = results.douars.map((d) => {
    const label = d.douar ? localized(locale, d.douar.nameAr, d.douar.nameFr) : t("undeclared");
    return { label, value: d.count, text: `${label}: ${d.count}` };
  });
  return (
    <section aria-labelledby="results-title" className="space-y-4">
      <h2 id="results-title" className="text-2xl">{t("results")}</h2>
      <p>{t("participants", { count: results.participants.total })} · <span className="text-muted">{t("resultsHint")}</span></p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <h3 className="text-lg">{t("byGender")}</h3>
          <BarChart label={t("chartLabel", { title: t("byGender") })} rows={genderRows} />
        </div>
        <div className="space-y-2">
          <h3 className="text-lg">{t("byDouar")}</h3>
          <BarChart label={t("chartLabel", { title: t("byDouar") })} rows={douarRows} />
        </div>
      </div>
      {consultation.questions.map((q) => {
        const prompt = localized(locale, q.promptAr, q.promptFr);
        const tally = results.byQuestion.get(q.id);
        return (
          <div key={q.id} className="space-y-2 rounded-card border border-divider bg-surface p-4" data-testid="question-result">
            <h3 className="text-lg" dir="auto">{prompt}</h3>
            {q.kind === "SINGLE_CHOICE" && tally ? (
              <BarChart
                label={t("chartLabel", { title: prompt })}
                rows={tally.options.map((o, i) => {
                  const option = localized(locale, q.optionsAr[i] ?? "", q.optionsFr[i] ?? "");
                  return { label: option, value: o.total, text: t("optionCount", { option, count: o.total, women: o.byGender.FEMALE, men: o.byGender.MALE }) };
                })}
              />
            ) : (
              <p>{t("freeTextCount", { count: results.freeTextCounts.get(q.id) ?? 0 })}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** What the commune heard and what it decided, published after closing. */
export async function Synthesis({ consultation, locale }: { consultation: Pick<PublicConsultation, "heardAr" | "heardFr" | "decidedAr" | "decidedFr">; locale: Locale }) {
  const t = await getTranslations("Consultations");
  return (
    <section aria-labelledby="synthesis-title" className="space-y-3 rounded-card border-2 border-success bg-success-soft p-4" data-testid="synthesis">
      <h2 id="synthesis-title" className="text-2xl">{t("synthesis")}</h2>
      <h3 className="text-lg">{t("heard")}</h3>
      <p className="whitespace-pre-line" dir="auto">{localized(locale, consultation.heardAr, consultation.heardFr)}</p>
      <h3 className="text-lg">{t("decided")}</h3>
      <p className="whitespace-pre-line" dir="auto">{localized(locale, consultation.decidedAr, consultation.decidedFr)}</p>
    </section>
  );
}
