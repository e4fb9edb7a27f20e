import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { OpinionView } from "@/components/equality/opinion-view";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { councilResponseAction } from "@/lib/equality/actions";
import { getOpinionForStaff } from "@/lib/equality/queries";
import { COUNCIL_RESPONSES } from "@/lib/equality/rules";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/admin/equality/opinions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.staff" });
  return { title: t("responseTitle") };
}

/** Staff record the council's response to an opinion it was sent. */
export default async function StaffOpinionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("committee.record_responses", locale, `/admin/equality/opinions/${id}`);
  const opinion = /^[1-9]\d{0,8}$/.test(id) ? await getOpinionForStaff(Number(id)) : null;
  if (!opinion) notFound();
  const [t, to, errorMessages] = await Promise.all([getTranslations("Equality.staff"), getTranslations("Equality.opinions"), equalityErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/equality">{to("back")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={["answered"]} text={() => to("done.answered")} />
      <OpinionView opinion={opinion} locale={locale} />
      {opinion.status === "SENT" && (
        <section aria-labelledby="response-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="response-form" className="text-xl">{t("responseTitle")}</h2>
          <ProgrammeForm
            action={councilResponseAction}
            idPrefix="response"
            items={[
              { kind: "radios", name: "response", label: t("response"), required: true, options: COUNCIL_RESPONSES.map((r) => ({ value: r, label: to(`responses.${r}`) })) },
              { kind: "textarea", name: "responseText", label: t("responseText"), required: true, maxLength: 10000, rows: 5 },
              { kind: "text", name: "responseOn", label: t("responseOn"), hint: (await getTranslations("Equality.manage"))("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
            ]}
            hidden={{ opinionId: String(opinion.id) }}
            submitLabel={t("submit")}
            errorMessages={errorMessages}
          />
        </section>
      )}
    </div>
  );
}
