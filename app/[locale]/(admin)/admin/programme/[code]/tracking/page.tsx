// A project's tracking data for staff with "programme.manage": milestones, indicators with their
// yearly values, and funding lines. Each item has its own small form; every form posts to a server
// action that comes back here with a status message (works without JavaScript).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getProjectTracking } from "@/lib/programme/tracking";
import {
  addFundingLineAction,
  addIndicatorAction,
  addMilestoneAction,
  removeFundingLineAction,
  setIndicatorValueAction,
  updateMilestoneAction,
} from "@/lib/programme/tracking-actions";
import { TRACKING_ERROR_KEYS } from "@/lib/programme/tracking-schemas";
import { DoneMessage } from "../../_components/project-header";

type Props = PageProps<"/[locale]/admin/programme/[code]/tracking">;

const DONE = ["milestoneAdded", "milestoneSaved", "indicatorAdded", "valueSaved", "fundingAdded", "fundingRemoved"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeTracking" });
  const { code } = await params;
  return { title: `${t("title")} ${code}` };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function ProjectTrackingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { code } = await params;
  await pageUserWith("programme.manage", locale, `/admin/programme/${encodeURIComponent(code)}/tracking`);
  const [t, format, project, query] = await Promise.all([getTranslations("ProgrammeTracking"), getFormatter(), getProjectTracking(code), searchParams]);
  if (!project) notFound();
  const done = DONE.find((d) => d === query.done);
  const errorMessages = Object.fromEntries(TRACKING_ERROR_KEYS.map((key) => [key, t(`errors.${key}`)]));
  const card = "space-y-4 rounded-card border border-divider bg-surface p-5";
  const item = "space-y-3 rounded-card border border-divider p-4";

  const milestoneFields: FormItem[] = [
    {
      kind: "row",
      fields: [
        { kind: "text", name: "titleAr", label: t("milestones.titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 300 },
        { kind: "text", name: "titleFr", label: t("milestones.titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 300 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "dueOn", label: t("milestones.dueOn"), hint: t("dateHint"), dir: "ltr", maxLength: 10, short: true },
        { kind: "text", name: "doneOn", label: t("milestones.doneOn"), hint: t("dateHint"), dir: "ltr", maxLength: 10, short: true },
      ],
    },
  ];
  const valueFields: FormItem[] = [
    {
      kind: "row",
      fields: [
        {
          kind: "text", name: "year", label: t("indicators.year"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 4, short: true,
          hint: t("indicators.yearHint", { start: project.programme.startYear, end: project.programme.endYear }),
        },
        { kind: "text", name: "value", label: t("indicators.value"), required: true, dir: "ltr", maxLength: 20, short: true },
      ],
    },
  ];
  const indicatorFields: FormItem[] = [
    {
      kind: "row",
      fields: [
        { kind: "text", name: "nameAr", label: t("indicators.nameAr"), required: true, dir: "rtl", lang: "ar", maxLength: 300 },
        { kind: "text", name: "nameFr", label: t("indicators.nameFr"), required: true, dir: "ltr", lang: "fr", maxLength: 300 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "unitAr", label: t("indicators.unitAr"), required: true, dir: "rtl", lang: "ar", maxLength: 60 },
        { kind: "text", name: "unitFr", label: t("indicators.unitFr"), required: true, dir: "ltr", lang: "fr", maxLength: 60 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "baseline", label: t("indicators.baseline"), required: true, dir: "ltr", maxLength: 20, short: true },
        { kind: "text", name: "target", label: t("indicators.target"), required: true, dir: "ltr", maxLength: 20, short: true },
      ],
    },
  ];
  const fundingFields: FormItem[] = [
    { kind: "text", name: "partner", label: t("funding.partner"), required: true, dir: "auto", maxLength: 200 },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "amountMad", label: t("funding.amountMad"), hint: t("funding.amountHint"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 20 },
        { kind: "text", name: "agreementRef", label: t("funding.agreementRef"), dir: "ltr", maxLength: 100 },
      ],
    },
  ];

  return (
    <div className="max-w-5xl space-y-6">
      <div className="space-y-3">
        <p>
          <Link href={`/admin/programme/${encodeURIComponent(project.code)}`}>
            <span dir="ltr">{project.code}</span>
          </Link>
        </p>
        <h1 className="text-3xl">
          {t("title")}
          {" · "}
          <span dir="ltr">{project.code}</span>
          {" · "}
          <span dir="auto">{localized(locale, project.titleAr, project.titleFr)}</span>
        </h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      <DoneMessage text={done ? t(`done.${done}`) : null} />

      <section aria-labelledby="milestones" className={card}>
        <h2 id="milestones" className="text-2xl">{t("milestones.title")}</h2>
        {project.milestones.length === 0 ? (
          <p>{t("milestones.none")}</p>
        ) : (
          <ol className="space-y-4">
            {project.milestones.map((milestone, index) => (
              <li key={milestone.id} className={item}>
                <h3 className="text-lg">{t("milestones.item", { position: index + 1 })}</h3>
                <ProgrammeForm
                  action={updateMilestoneAction}
                  idPrefix={`milestone-${milestone.id}`}
                  label={t("milestones.item", { position: index + 1 })}
                  items={milestoneFields}
                  hidden={{ milestoneId: String(milestone.id) }}
                  defaults={{ titleAr: milestone.titleAr, titleFr: milestone.titleFr, dueOn: day(milestone.dueOn), doneOn: day(milestone.doneOn) }}
                  submitLabel={t("milestones.save")}
                  errorMessages={errorMessages}
                />
              </li>
            ))}
          </ol>
        )}
        <h3 className="text-lg">{t("milestones.addTitle")}</h3>
        <ProgrammeForm
          action={addMilestoneAction}
          idPrefix="milestone-new"
          label={t("milestones.addTitle")}
          items={milestoneFields}
          hidden={{ projectId: String(project.id) }}
          submitLabel={t("milestones.add")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="indicators" className={card}>
        <h2 id="indicators" className="text-2xl">{t("indicators.title")}</h2>
        {project.indicators.length === 0 ? (
          <p>{t("indicators.none")}</p>
        ) : (
          <ul className="space-y-4">
            {project.indicators.map((indicator) => {
              const name = localized(locale, indicator.nameAr, indicator.nameFr);
              return (
                <li key={indicator.id} className={item}>
                  <h3 className="text-lg" dir="auto">{name}</h3>
                  <p>
                    {t("indicators.summary", {
                      unit: localized(locale, indicator.unitAr, indicator.unitFr),
                      baseline: format.number(indicator.baseline),
                      target: format.number(indicator.target),
                    })}
                  </p>
                  <h4 className="font-bold">{t("indicators.values")}</h4>
                  {indicator.values.length === 0 ? (
                    <p>{t("indicators.noValues")}</p>
                  ) : (
                    <ul className="flex flex-wrap gap-x-5 gap-y-1 tabular-nums">
                      {indicator.values.map((v) => (
                        <li key={v.year}>{t("indicators.valueOf", { year: String(v.year), value: format.number(v.value) })}</li>
                      ))}
                    </ul>
                  )}
                  <ProgrammeForm
                    action={setIndicatorValueAction}
                    idPrefix={`indicator-${indicator.id}`}
                    label={t("indicators.setValueLabel", { name })}
                    items={valueFields}
                    hidden={{ indicatorId: String(indicator.id) }}
                    submitLabel={t("indicators.setValue")}
                    errorMessages={errorMessages}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <h3 className="text-lg">{t("indicators.addTitle")}</h3>
        <ProgrammeForm
          action={addIndicatorAction}
          idPrefix="indicator-new"
          label={t("indicators.addTitle")}
          items={indicatorFields}
          hidden={{ projectId: String(project.id) }}
          submitLabel={t("indicators.add")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="funding" className={card}>
        <h2 id="funding" className="text-2xl">{t("funding.title")}</h2>
        {project.fundingLines.length === 0 ? (
          <p>{t("funding.none")}</p>
        ) : (
          <ul className="space-y-4">
            {project.fundingLines.map((line) => (
              <li key={line.id} className={item}>
                <p className="font-bold">{t("funding.line", { partner: line.partner, amount: format.number(line.amountMad, "money") })}</p>
                {line.agreementRef && <p>{t("funding.agreement", { ref: line.agreementRef })}</p>}
                <ProgrammeForm
                  action={removeFundingLineAction}
                  idPrefix={`funding-${line.id}`}
                  label={t("funding.removeLabel", { partner: line.partner })}
                  items={[]}
                  hidden={{ fundingLineId: String(line.id) }}
                  submitLabel={t("funding.remove")}
                  errorMessages={errorMessages}
                />
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-lg">{t("funding.addTitle")}</h3>
        <ProgrammeForm
          action={addFundingLineAction}
          idPrefix="funding-new"
          label={t("funding.addTitle")}
          items={fundingFields}
          hidden={{ projectId: String(project.id) }}
          submitLabel={t("funding.add")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
