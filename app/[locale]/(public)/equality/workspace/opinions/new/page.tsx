import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { createOpinionAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { getOpinionChoices } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace/opinions/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.opinions" });
  return { title: t("new"), robots: { index: false, follow: false } };
}

/** Any member drafts an opinion or a proposal; what it concerns links to the real record. */
export default async function NewOpinionPage({ params }: PageProps<"/[locale]/equality/workspace/opinions/new">) {
  const locale = await pageLocale(params);
  const access = await workspacePage(locale, "/equality/workspace/opinions/new");
  if (!access.memberId) forbidden();
  const [t, tm, choices, errorMessages] = await Promise.all([getTranslations("Equality.opinions"), getTranslations("Equality.meetings"), getOpinionChoices(), equalityErrorMessages()]);
  const options = <K extends string>(keys: readonly K[], label: (key: K) => string) => keys.map((key) => ({ value: key, label: label(key) }));
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("new")}</h1>
      <ProgrammeForm
        action={createOpinionAction}
        idPrefix="opinion"
        items={[
          { kind: "radios", name: "kind", label: t("kindLabel"), required: true, options: options(["OPINION", "PROPOSAL"] as const, (k) => t(`kind.${k}`)) },
          { kind: "text", name: "subject", label: t("subject"), required: true, maxLength: 200, dir: "auto" },
          { kind: "radios", name: "requestedBy", label: t("requestedByLabel"), required: true, options: options(["COUNCIL", "PRESIDENT", "COMMITTEE"] as const, (k) => t(`requestedBy.${k}`)) },
          { kind: "radios", name: "concerns", label: t("concernsLabel"), required: true, options: options(["PROJECT", "PETITION", "SESSION", "PROGRAMME", "OTHER"] as const, (k) => t(`concerns.${k}`)) },
          { kind: "select", name: "projectId", label: t("project"), placeholder: t("choose"), options: choices.projects.map((p) => ({ value: String(p.id), label: `${p.code} — ${localized(locale, p.titleAr, p.titleFr)}` })) },
          { kind: "select", name: "petitionId", label: t("petition"), placeholder: t("choose"), options: choices.petitions.map((p) => ({ value: String(p.id), label: `${p.reference} — ${p.subject}` })) },
          { kind: "select", name: "sessionId", label: t("session"), placeholder: t("choose"), options: choices.sessions.map((s) => ({ value: String(s.id), label: t("sessionName", { kind: s.kind, month: s.month, year: s.year }) })) },
          { kind: "textarea", name: "body", label: t("body"), required: true, maxLength: 20000, rows: 10 },
        ]}
        defaults={{ kind: "OPINION", requestedBy: "COMMITTEE", concerns: "PROJECT" }}
        submitLabel={t("createSubmit")}
        errorMessages={errorMessages}
      />
    </div>
  );
}
