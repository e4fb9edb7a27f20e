import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { MeansList } from "@/components/equality/means-list";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { createMeansRequestAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { listMeansRequests } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace/means">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.means" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The committee's requests to the council for means to work, with their status and answer. */
export default async function MeansPage({ params, searchParams }: PageProps<"/[locale]/equality/workspace/means">) {
  const locale = await pageLocale(params);
  const access = await workspacePage(locale, "/equality/workspace/means");
  if (!access.canSubmit && !access.canManage) forbidden();
  const [t, tm, requests, errorMessages] = await Promise.all([getTranslations("Equality.means"), getTranslations("Equality.meetings"), listMeansRequests(), equalityErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <DoneBanner done={(await searchParams).done} known={["requested"]} text={() => t("done.requested")} />
      <MeansList requests={requests} />
      <section aria-labelledby="means-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="means-form" className="text-xl">{t("new")}</h2>
        <ProgrammeForm
          action={createMeansRequestAction}
          idPrefix="means"
          items={[
            { kind: "text", name: "subject", label: t("subject"), hint: t("subjectHint"), required: true, maxLength: 200, dir: "auto" },
            { kind: "textarea", name: "details", label: t("details"), required: true, maxLength: 5000, rows: 5 },
          ]}
          submitLabel={t("submit")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
