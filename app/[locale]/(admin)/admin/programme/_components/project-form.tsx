// The create and edit forms of a project: the same fields, built on the server with their labels.
import { getTranslations } from "next-intl/server";
import { programmeErrorMessages } from "@/components/programme/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { createProjectAction, updateProjectAction } from "@/lib/programme/actions";
import { COMPETENCES, GENDER_TAGS, PROJECT_STATUSES } from "@/lib/programme/schemas";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import type { getProjectForEdit, getProjectFormOptions } from "@/lib/programme/service";

type Options = Awaited<ReturnType<typeof getProjectFormOptions>>;
type Existing = NonNullable<Awaited<ReturnType<typeof getProjectForEdit>>>;

export async function ProjectForm({ locale, options, project }: { locale: Locale; options: Options; project?: Existing }) {
  const [t, errorMessages] = await Promise.all([getTranslations("ProgrammeAdmin"), programmeErrorMessages()]);
  const f = (key: Parameters<typeof t>[0]) => t(key);
  const items: FormItem[] = [
    { kind: "heading", text: f("form.identity") },
    ...(project
      ? []
      : [{ kind: "text", name: "code", label: f("form.code"), hint: f("form.codeHint"), required: true, dir: "ltr", maxLength: 20, short: true } satisfies FormItem]),
    {
      kind: "select",
      name: "programmeId",
      label: f("form.programme"),
      required: true,
      options: options.programmes.map((p) => ({
        value: String(p.id),
        label: t("form.programmeOption", { title: localized(locale, p.titleAr, p.titleFr), start: p.startYear, end: p.endYear }),
      })),
    },
    {
      kind: "select",
      name: "axisId",
      label: f("form.axis"),
      required: true,
      placeholder: f("form.choose"),
      options: options.axes.map((a) => ({ value: String(a.id), label: t("form.axisOption", { number: a.number, title: localized(locale, a.titleAr, a.titleFr) }) })),
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "titleAr", label: f("form.titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 200 },
        { kind: "text", name: "titleFr", label: f("form.titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 200 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "descriptionAr", label: f("form.descriptionAr"), required: true, dir: "rtl", lang: "ar", maxLength: 5000, rows: 5 },
        { kind: "textarea", name: "descriptionFr", label: f("form.descriptionFr"), required: true, dir: "ltr", lang: "fr", maxLength: 5000, rows: 5 },
      ],
    },
    { kind: "heading", text: f("form.scope") },
    { kind: "checkbox", name: "wholeCommune", label: f("form.wholeCommune"), hint: f("form.wholeCommuneHint") },
    {
      kind: "checkboxes",
      name: "douarIds",
      label: f("form.douars"),
      // Demo douars already say so in their names (prisma/seed/commune.ts).
      options: options.douars.map((d) => ({ value: String(d.id), label: localized(locale, d.nameAr, d.nameFr) })),
    },
    {
      kind: "checkboxes",
      name: "partnerIds",
      label: f("form.partners"),
      hint: f("form.partnersHint"),
      options: options.associations.map((a) => ({ value: String(a.id), label: a.name })),
    },
    {
      kind: "row",
      fields: [
        { kind: "radios", name: "competence", label: f("form.competence"), required: true, options: COMPETENCES.map((c) => ({ value: c, label: t(`competence.${c}`) })) },
        { kind: "radios", name: "genderTag", label: f("form.genderTag"), required: true, options: GENDER_TAGS.map((g) => ({ value: g, label: t(`gender.${g}`) })) },
      ],
    },
    { kind: "heading", text: f("form.planning") },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "startYear", label: f("form.startYear"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 4, short: true },
        { kind: "text", name: "endYear", label: f("form.endYear"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 4, short: true },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "estimatedCostMad", label: f("form.estimatedCost"), hint: f("form.amountHint"), dir: "ltr", inputMode: "numeric", maxLength: 20 },
        { kind: "text", name: "priorityRank", label: f("form.priorityRank"), dir: "ltr", inputMode: "numeric", maxLength: 3, short: true },
      ],
    },
    { kind: "text", name: "responsibleService", label: f("form.responsibleService"), maxLength: 200, dir: "auto" },
    { kind: "heading", text: f("form.statusSection") },
    { kind: "select", name: "status", label: f("form.status"), hint: f("form.statusHint"), required: true, options: PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "statusReasonAr", label: f("form.reasonAr"), hint: f("form.reasonHint"), dir: "rtl", lang: "ar", maxLength: 2000, rows: 3 },
        { kind: "textarea", name: "statusReasonFr", label: f("form.reasonFr"), hint: f("form.reasonFrHint"), dir: "ltr", lang: "fr", maxLength: 2000, rows: 3 },
      ],
    },
  ];

  const current = options.programmes[0];
  const defaults: Record<string, string> = project
    ? {
        programmeId: String(project.programmeId),
        axisId: String(project.axisId),
        titleAr: project.titleAr,
        titleFr: project.titleFr,
        descriptionAr: project.descriptionAr,
        descriptionFr: project.descriptionFr,
        wholeCommune: project.wholeCommune ? "on" : "",
        douarIds: project.douars.map((d) => d.douarId).join(","),
        partnerIds: project.partners.map((p) => p.associationId).join(","),
        competence: project.competence,
        genderTag: project.genderTag,
        startYear: String(project.startYear),
        endYear: String(project.endYear),
        estimatedCostMad: project.estimatedCostMad === null ? "" : String(project.estimatedCostMad),
        priorityRank: project.priorityRank === null ? "" : String(project.priorityRank),
        responsibleService: project.responsibleService ?? "",
        status: project.status,
        statusReasonAr: project.statusReasonAr ?? "",
        statusReasonFr: project.statusReasonFr ?? "",
      }
    : {
        programmeId: current ? String(current.id) : "",
        wholeCommune: "on",
        competence: "OWN",
        genderTag: "NOT_ASSESSED",
        startYear: current ? String(current.startYear) : "",
        endYear: current ? String(current.endYear) : "",
        status: "PLANNED",
      };

  return (
    <ProgrammeForm
      action={project ? updateProjectAction : createProjectAction}
      idPrefix="project"
      items={items}
      defaults={defaults}
      hidden={project ? { projectId: String(project.id) } : undefined}
      submitLabel={project ? f("form.save") : f("form.create")}
      errorMessages={errorMessages}
    />
  );
}
