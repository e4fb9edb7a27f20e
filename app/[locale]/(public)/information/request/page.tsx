import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { informationErrorMessages, requestFieldItems } from "@/components/information/forms";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { getSession } from "@/lib/auth/session";
import { fileRequestAction } from "@/lib/information/actions";
import { requestFormDefaults } from "@/lib/information/queries";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/information/request">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.form" });
  return { title: t("title") };
}

export default async function RequestPage({ params }: PageProps<"/[locale]/information/request">) {
  await pageLocale(params);
  const [t, tr, user, defaults, items, errorMessages] = await Promise.all([
    getTranslations("Information.form"),
    getTranslations("Information.receipt"),
    getSession(),
    requestFormDefaults(),
    requestFieldItems(),
    informationErrorMessages(),
  ]);
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="no-print text-lg">{t("intro")}</p>
      {user && <p className="no-print rounded-md bg-brand-soft p-3">{t("signedInNote")}</p>}
      <ProgrammeForm
        action={fileRequestAction}
        idPrefix="request"
        items={items}
        defaults={{ identityKind: "CIN", deliveryMode: "EMAIL", ...defaults }}
        submitLabel={t("submit")}
        errorMessages={errorMessages}
        successPanel={{
          title: tr("title"),
          rows: [
            { name: "reference", label: tr("reference") },
            { name: "receivedOn", label: tr("receivedOn") },
            { name: "dueOn", label: tr("dueOn") },
          ],
          notes: [{ name: "deadlineNote" }, { text: tr("keep") }],
          links: user ? [{ href: "/account/information", label: tr("account") }] : [],
        }}
      />
    </div>
  );
}
