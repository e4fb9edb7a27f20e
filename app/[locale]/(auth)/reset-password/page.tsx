import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { getPathname } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/reset-password">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("resetTitle") };
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/reset-password">) {
  const locale = await pageLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="text-3xl">{t("resetTitle")}</h1>
      {typeof token === "string" && token ? (
        <ActionForm
          action={resetPasswordAction}
          hidden={{ token }}
          hideOnSuccess
          submitLabel={t("resetSubmit")}
          successText={t("resetDone")}
          successLink={{ href: getPathname({ href: "/signin", locale }), label: t("signInTitle") }}
          fields={[{ name: "password", label: t("newPassword"), type: "password", autoComplete: "new-password", hint: t("passwordHint"), required: true, dir: "ltr" }]}
        />
      ) : (
        <p role="alert">{t("verifyMissing")}</p>
      )}
    </>
  );
}
