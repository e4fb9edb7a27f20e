import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot-password">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("forgotTitle") };
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  await pageLocale(params);
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="text-3xl">{t("forgotTitle")}</h1>
      <p>{t("forgotIntro")}</p>
      <ActionForm
        action={requestPasswordResetAction}
        hideOnSuccess
        submitLabel={t("forgotSubmit")}
        successText={t("forgotDone")}
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" }]}
      />
    </>
  );
}
