import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { MeansList } from "@/components/equality/means-list";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { answerMeansRequestAction } from "@/lib/equality/actions";
import { listMeansRequests } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/equality/means">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.means" });
  return { title: t("staffTitle") };
}

/** Staff record the answer to each of the committee's requests for means. */
export default async function StaffMeansPage({ params, searchParams }: PageProps<"/[locale]/admin/equality/means">) {
  const locale = await pageLocale(params);
  await pageUserWith("committee.record_responses", locale, "/admin/equality/means");
  const [t, to, requests, errorMessages] = await Promise.all([getTranslations("Equality.means"), getTranslations("Equality.opinions"), listMeansRequests(), equalityErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/equality">{to("back")}</Link></p>
      <h1 className="text-3xl">{t("staffTitle")}</h1>
      <DoneBanner done={(await searchParams).done} known={["answered"]} text={() => t("done.answered")} />
      <MeansList
        requests={requests}
        answerForm={(request) => (
          <ProgrammeForm
            action={answerMeansRequestAction}
            idPrefix={`means-${request.id}`}
            label={t("answerFor", { subject: request.subject })}
            items={[
              { kind: "radios", name: "status", label: t("decision"), required: true, options: (["GRANTED", "PARTLY_GRANTED", "REFUSED"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
              { kind: "textarea", name: "answer", label: t("answer"), required: true, maxLength: 5000, rows: 3 },
            ]}
            hidden={{ requestId: String(request.id) }}
            submitLabel={t("answerSubmit")}
            errorMessages={errorMessages}
          />
        )}
      />
    </div>
  );
}
