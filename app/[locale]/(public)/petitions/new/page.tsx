import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { petitionErrorMessages } from "@/components/petitions/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { createPetitionAction } from "@/lib/petitions/actions";
import { getMyAssociation, getTopicForPetition } from "@/lib/petitions/queries";
import { Link } from "@/lib/i18n/navigation";
import { PETITION_KINDS, SUBJECT_MAX, TEXT_MAX } from "@/lib/petitions/schemas";
import { ASSOCIATION_ATTACHMENTS } from "@/lib/petitions/service";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

export async function generateMetadata({ params }: PageProps<"/[locale]/petitions/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("form.title"), robots: { index: false } };
}

/** The decree's model (2.16.403 annex): subject, reasons, objectives; an association adds its declarations and documents (art. 124, decree art. 4). */
export default async function NewPetitionPage({ params, searchParams }: PageProps<"/[locale]/petitions/new">) {
  const locale = await pageLocale(params);
  const fromTopic = Number((await searchParams).fromTopic);
  const topicId = Number.isInteger(fromTopic) && fromTopic > 0 ? fromTopic : null;
  await pageUserWith("petitions.create", locale, topicId ? `/petitions/new?fromTopic=${topicId}` : "/petitions/new");
  const [t, errorMessages, association, topic] = await Promise.all([
    getTranslations("Petitions"),
    petitionErrorMessages(),
    getMyAssociation(),
    topicId ? getTopicForPetition(topicId) : null,
  ]);
  const items: FormItem[] = [
    ...(association
      ? [{ kind: "radios" as const, name: "kind", label: t("form.kind"), required: true, options: PETITION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })) }]
      : []),
    { kind: "text", name: "subject", label: t("form.subject"), hint: t("form.subjectHint"), required: true, maxLength: SUBJECT_MAX },
    { kind: "textarea", name: "reasons", label: t("form.reasons"), required: true, maxLength: TEXT_MAX, rows: 6 },
    { kind: "textarea", name: "objectives", label: t("form.objectives"), required: true, maxLength: TEXT_MAX, rows: 4 },
    { kind: "checkbox", name: "declaredAdmissible", label: t("form.declaredAdmissible") },
  ];
  if (association) {
    items.push(
      { kind: "heading", text: t("form.associationHeading") },
      { kind: "checkbox", name: "declaredGoodStanding", label: t("form.declaredGoodStanding") },
      { kind: "checkbox", name: "declaredRelatedActivity", label: t("form.declaredRelatedActivity") },
      ...ASSOCIATION_ATTACHMENTS.map((kind) => ({ kind: "file" as const, name: `file_${kind}`, label: t(`form.file_${kind}`), hint: t("form.filesHint"), accept: PHOTO_OR_PDF_ACCEPT })),
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("form.title")}</h1>
      <p>{t("form.intro")}</p>
      {association && <p className="rounded-md border-s-4 border-brand bg-brand-soft p-3" dir="auto">{t("form.associationIntro", { name: association.name })}</p>}
      {topic && (
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-3">
          {t("form.fromTopic")}{" "}
          <Link href={`/forum/topics/${topic.id}`} dir="auto">{topic.title}</Link>
        </p>
      )}
      <ProgrammeForm
        action={createPetitionAction}
        idPrefix="petition"
        items={items}
        hidden={{ ...(association ? {} : { kind: "CITIZENS" }), ...(topic ? { forumTopicId: String(topic.id) } : {}) }}
        defaults={{ kind: "CITIZENS", ...(topic ? { subject: topic.title.slice(0, SUBJECT_MAX), reasons: topic.body.slice(0, TEXT_MAX) } : {}) }}
        submitLabel={t("form.submit")}
        errorMessages={errorMessages}
      />
    </div>
  );
}
