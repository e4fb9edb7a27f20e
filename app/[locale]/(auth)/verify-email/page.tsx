import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { verifyEmailAction } from "@/lib/accounts/actions";
import { getPathname } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/verify-email">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("verifyTitle") };
}

// The link only shows a button: confirming is a POST, so mail scanners that open links change nothing.
export default async function VerifyEmailPage({ params, searchParams }: PageProps<"/[locale]/verify-email">) {
  const locale = await pageLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="text-3xl">{t("verifyTitle")}</h1>
      {typeof token === "string" && token ? (
        <>
          <p>{t("verifyIntro")}</p>
          <ActionForm
            action={verifyEmailAction}
            hidden={{ token }}
            hideOnSuccess
            submitLabel={t("verifySubmit")}
            successText={t("verifyDone")}
            successLink={{ href: getPathname({ href: "/signin", locale }), label: t("signInTitle") }}
            fields={[]}
          />
        </>
      ) : (
        <p role="alert">{t("verifyMissing")}</p>
      )}
    </>
  );
}
