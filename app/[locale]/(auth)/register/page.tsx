import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { registerAction } from "@/lib/accounts/actions";
import { getSession } from "@/lib/auth/session";
import { getPathname, Link, redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/register">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("registerTitle") };
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/register">) {
  const locale = await pageLocale(params);
  if (await getSession()) redirect({ href: "/account", locale });
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="text-3xl">{t("registerTitle")}</h1>
      <p>{t("registerIntro")}</p>
      <ActionForm
        action={registerAction}
        hideOnSuccess
        successText={t("registerDone")}
        successLink={{ href: getPathname({ href: "/signin", locale }), label: t("signInTitle") }}
        submitLabel={t("registerSubmit")}
        fields={[
          { name: "name", label: t("name"), autoComplete: "name", required: true, dir: "auto", maxLength: 100 },
          { name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" },
          { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", hint: t("phoneHint"), dir: "ltr" },
          { name: "password", label: t("password"), type: "password", autoComplete: "new-password", hint: t("passwordHint"), required: true, dir: "ltr" },
        ]}
      />
      <p>
        {t("haveAccount")} <Link href="/signin">{t("signInTitle")}</Link>
      </p>
    </>
  );
}
