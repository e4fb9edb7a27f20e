import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { resendVerificationAction, signInAction } from "@/lib/accounts/actions";
import { getSession } from "@/lib/auth/session";
import { getPathname, Link, redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { safeInternalPath } from "@/lib/security/request";

export async function generateMetadata({ params }: PageProps<"/[locale]/signin">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("signInTitle") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/signin">) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const callbackUrl = safeInternalPath(query.callbackUrl, "/account");
  if (await getSession()) redirect({ href: callbackUrl, locale });
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="text-3xl">{t("signInTitle")}</h1>
      {query.signedOut && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
          {t("signedOut")}
        </p>
      )}
      <ActionForm
        action={signInAction}
        hidden={{ callbackUrl }}
        submitLabel={t("signInSubmit")}
        errorLinks={{ emailUnverified: { href: "#resend-email", label: t("resendSubmit") } }}
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" },
          { name: "password", label: t("password"), type: "password", autoComplete: "current-password", required: true, dir: "ltr" },
          { name: "code", label: t("code"), hint: t("codeHint"), autoComplete: "one-time-code", dir: "ltr", inputMode: "numeric" },
        ]}
      />
      <p>
        <Link href="/forgot-password">{t("forgotLink")}</Link>
      </p>
      <p>
        {t("noAccount")} <Link href="/register">{t("registerTitle")}</Link>
      </p>
      <details id="resend" className="space-y-3 border-t border-divider pt-6">
        <summary className="min-h-11 cursor-pointer py-2 font-bold text-brand">{t("resendQuestion")}</summary>
        <ActionForm
          action={resendVerificationAction}
          idPrefix="resend"
          submitLabel={t("resendSubmit")}
          successText={t("resendDone")}
          successLink={{ href: getPathname({ href: "/signin", locale }), label: t("signInTitle") }}
          hideOnSuccess
          fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" }]}
        />
      </details>
    </>
  );
}
