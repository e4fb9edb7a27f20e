import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { changeRoleAction, resetSecondFactorAction, setUserSuspendedAction } from "@/lib/users/actions";
import { getUserForAdmin } from "@/lib/users/service";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("editRoles") };
}

export default async function UserRolesPage({ params, searchParams }: PageProps<"/[locale]/admin/users/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("users.manage_roles", locale, `/admin/users/${id}`);
  const user = await getUserForAdmin(id);
  if (!user) notFound();
  const query = await searchParams;
  const [t, tr, te, ts, format] = await Promise.all([getTranslations("Admin"), getTranslations("Roles"), getTranslations("Errors"), getTranslations("Security"), getFormatter()]);
  const held = new Set(user.roles.map((r) => r.role));
  const suspended = user.status === "SUSPENDED";
  const doneRole = ROLES.find((role) => role === query.role);
  const error = query.error === "lastAdministrator" || query.error === "forbidden" ? query.error : null;

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("rolesOf", { name: user.name })}</h1>
      <p><span dir="ltr">{user.email}</span></p>
      <p>
        <strong className={`rounded-md px-2 ${user.status === "ACTIVE" ? "bg-success-soft text-success" : "bg-danger-soft text-danger"}`}>
          {t("accountStatus", { status: t(`status${user.status}`) })}
        </strong>
      </p>
      {query.done === "secondFactorReset" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("secondFactorReset")}</p>}
      {(query.done === "suspended" || query.done === "reactivated") && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(query.done)}</p>
      )}
      {doneRole && (query.done === "granted" || query.done === "revoked") && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
          {t(query.done === "granted" ? "roleGranted" : "roleRevoked", { role: tr(doneRole), name: user.name })}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold">{te(error)}</p>
      )}
      <ul className="divide-y divide-divider rounded-card border border-divider bg-surface">
        {ROLES.map((role) => {
          const has = held.has(role);
          return (
            <li key={role} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <strong>{tr(role)}</strong>{" "}
                <span className={has ? "text-success" : "text-muted"}>({has ? t("yes") : t("no")})</span>
              </span>
              <form action={changeRoleAction}>
                <input type="hidden" name="userId" value={user.id} />
                <input type="hidden" name="role" value={role} />
                <input type="hidden" name="grant" value={has ? "0" : "1"} />
                <button
                  type="submit"
                  aria-label={`${has ? t("revoke") : t("grant")}: ${tr(role)}`}
                  className={`min-h-11 rounded-md px-4 font-bold ${has ? "border-2 border-danger text-danger" : "bg-brand text-white"}`}
                >
                  {has ? t("revoke") : t("grant")}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="second-factor" className="space-y-3 rounded-card border border-divider bg-surface p-5">
        <h2 id="second-factor" className="text-2xl">{ts("title")}</h2>
        <p>{user.totpEnabledAt ? ts("statusOn", { date: format.dateTime(user.totpEnabledAt, "long") }) : ts("statusOff")}</p>
        {user.totpEnabledAt && (
          <>
            <p>{t("secondFactorResetIntro")}</p>
            <ProgrammeForm action={resetSecondFactorAction} idPrefix="second-factor-reset" items={[]} hidden={{ userId: user.id }} submitLabel={t("secondFactorResetSubmit")} />
          </>
        )}
      </section>
      <section aria-labelledby="suspension" className="space-y-3 rounded-card border border-divider bg-surface p-5">
        <h2 id="suspension" className="text-2xl">{t(suspended ? "reactivateTitle" : "suspendTitle")}</h2>
        {!suspended && <p>{t("suspendIntro")}</p>}
        <ProgrammeForm
          action={setUserSuspendedAction}
          idPrefix="suspension"
          label={t(suspended ? "reactivateTitle" : "suspendTitle")}
          items={[{ kind: "text", name: "reason", label: t("suspendReason"), required: true, dir: "auto", maxLength: 500 }]}
          hidden={{ userId: user.id, suspend: suspended ? "0" : "1" }}
          submitLabel={t(suspended ? "reactivate" : "suspend")}
        />
      </section>
    </div>
  );
}
