import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { changePasswordAction, saveDeclaredGenderAction } from "@/lib/accounts/actions";
import { getAccountProfile } from "@/lib/accounts/queries";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { isAssociationRepresentative } from "@/lib/programme/meetings";
import { countMyUnreadNotifications } from "@/lib/notifications/queries";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t("accountTitle") };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/account">) {
  const locale = await pageLocale(params);
  const { done } = await searchParams;
  const user = await pageUser(locale, "/account");
  const [t, tr, tm, format, profile, unread, representative] = await Promise.all([
    getTranslations("Auth"),
    getTranslations("Roles"),
    getTranslations("ProgrammeMeetings"),
    getFormatter(),
    getAccountProfile(),
    countMyUnreadNotifications(),
    isAssociationRepresentative(),
  ]);
  const [ti, tp, ts] = await Promise.all([getTranslations("Information.account"), getTranslations("Petitions"), getTranslations("Security")]);
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-3xl">{t("accountTitle")}</h1>
      {user.secondFactorPending && (
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">
          {ts("staffRequired")} <Link href="/account/security" className="font-bold">{ts("title")}</Link>
        </p>
      )}
      <nav aria-labelledby="my-spaces" className="space-y-2">
        <h2 id="my-spaces" className="text-xl">{t("mySpaces")}</h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {[
            { href: "/account/notifications" as const, label: `${t("notificationsLink")} (${t("notificationsUnread", { count: unread })})` },
            { href: "/account/petitions" as const, label: tp("mine.title") },
            { href: "/account/information" as const, label: ti("title") },
            { href: "/account/association" as const, label: t("associationLink") },
            { href: "/account/security" as const, label: t("securityLink") },
            ...(representative ? [{ href: "/account/invitations" as const, label: tm("invitations.title") }] : []),
          ].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="flex min-h-12 items-center rounded-md border border-divider bg-surface px-4 font-bold no-underline hover:bg-brand-soft">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="account-details" className="space-y-3 rounded-card border border-divider bg-surface p-5">
        <h2 id="account-details" className="text-xl">{t("accountDetails")}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("name")}</dt>
          <dd dir="auto">{profile.name}</dd>
          <dt className="font-bold">{t("email")}</dt>
          <dd><span dir="ltr">{profile.email}</span></dd>
          {profile.phone && (
            <>
              <dt className="font-bold">{t("phone")}</dt>
              <dd><span dir="ltr">{profile.phone}</span></dd>
            </>
          )}
          <dt className="font-bold">{t("accountRoles")}</dt>
          <dd>{profile.roles.map((r) => tr(r.role)).join("، ")}</dd>
          <dt className="font-bold">{t("memberSince")}</dt>
          <dd>{format.dateTime(profile.createdAt, "long")}</dd>
        </dl>
      </section>
      <section aria-labelledby="declared-gender" className="space-y-3">
        <h2 id="declared-gender" className="text-xl">{t("genderTitle")}</h2>
        <p>{t("genderIntro")}</p>
        {done === "gender" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("genderSaved")}</p>}
        <ProgrammeForm
          action={saveDeclaredGenderAction}
          idPrefix="gender"
          items={[{ kind: "radios", name: "gender", label: t("genderTitle"), options: [{ value: "WOMAN", label: t("genderWoman") }, { value: "MAN", label: t("genderMan") }, { value: "UNDECLARED", label: t("genderUndeclared") }] }]}
          defaults={{ gender: profile.declaredGender ?? "UNDECLARED" }}
          submitLabel={t("genderSubmit")}
        />
      </section>
      <section aria-labelledby="change-password" className="space-y-3">
        <h2 id="change-password" className="text-xl">{t("changePasswordTitle")}</h2>
        <ActionForm
          action={changePasswordAction}
          submitLabel={t("changePasswordSubmit")}
          successText={t("changePasswordDone")}
          fields={[
            { name: "currentPassword", label: t("currentPassword"), type: "password", autoComplete: "current-password", required: true, dir: "ltr" },
            { name: "newPassword", label: t("newPassword"), type: "password", autoComplete: "new-password", hint: t("passwordHint"), required: true, dir: "ltr" },
          ]}
        />
      </section>
    </div>
  );
}
