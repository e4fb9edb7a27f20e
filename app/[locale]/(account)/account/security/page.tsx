import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { QrCode } from "@/components/ui/qr-code";
import { beginSecondFactorAction, confirmSecondFactorAction } from "@/lib/accounts/actions";
import { mySecondFactor } from "@/lib/accounts/second-factor";
import { pageUser } from "@/lib/auth/page-guards";
import { getCommune } from "@/lib/commune/queries";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { safeInternalPath } from "@/lib/security/request";
import { totpUri } from "@/lib/security/totp";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/security">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Security" });
  return { title: t("title") };
}

/** The person's second factor: set it up with an authenticator app, or see that it is on. */
export default async function SecurityPage({ params, searchParams }: PageProps<"/[locale]/account/security">) {
  const locale = await pageLocale(params);
  const user = await pageUser(locale, "/account/security");
  const query = await searchParams;
  const [t, format, state, commune] = await Promise.all([getTranslations("Security"), getFormatter(), mySecondFactor(), getCommune()]);
  const callbackUrl = typeof query.callbackUrl === "string" ? safeInternalPath(query.callbackUrl, "") : "";
  const hidden = callbackUrl ? { callbackUrl } : undefined;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      {query.done === "enabled" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("enabled")}</p>}
      {user.secondFactorPending && <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{t("staffRequired")}</p>}
      <p>{t("intro")}</p>
      {state.status === "enabled" && (
        <>
          <p className="font-bold">{t("statusOn", { date: format.dateTime(state.enabledAt, "long") })}</p>
          {!user.secondFactor && <p>{t("signInAgain")}</p>}
          <p className="text-muted">{t("lostPhone")}</p>
        </>
      )}
      {state.status === "off" && (
        <>
          <p className="font-bold">{t("statusOff")}</p>
          <ProgrammeForm action={beginSecondFactorAction} idPrefix="second-factor-start" items={[]} hidden={hidden} submitLabel={t("start")} />
        </>
      )}
      {state.status === "pending" && (
        <section aria-labelledby="set-up" className="space-y-4 rounded-card border border-divider bg-surface p-5">
          <h2 id="set-up" className="sr-only">{t("start")}</h2>
          <p>{t("step1")}</p>
          <p>{t("step2")}</p>
          <QrCode value={totpUri(state.secret, user.email, `Musharaka ${commune ? localized(locale, commune.nameAr, commune.nameFr) : ""}`.trim())} label={t("qrLabel")} size={192} />
          <p>
            {t("key")}: <code dir="ltr" className="break-all text-lg font-bold" data-testid="totp-secret">{state.secret.match(/.{1,4}/g)!.join(" ")}</code>
          </p>
          <p>{t("step3")}</p>
          <ProgrammeForm
            action={confirmSecondFactorAction}
            idPrefix="second-factor-confirm"
            items={[{ kind: "text", name: "code", label: t("code"), required: true, maxLength: 12, dir: "ltr", inputMode: "numeric", short: true }]}
            hidden={hidden}
            submitLabel={t("confirm")}
          />
          <ProgrammeForm action={beginSecondFactorAction} idPrefix="second-factor-restart" items={[]} hidden={hidden} submitLabel={t("restart")} />
        </section>
      )}
    </div>
  );
}
