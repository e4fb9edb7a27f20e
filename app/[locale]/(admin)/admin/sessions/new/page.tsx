import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { sessionErrorMessages } from "@/components/sessions/error-messages";
import { sessionFieldItems } from "@/components/sessions/session-fields";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { createSessionAction } from "@/lib/sessions/actions";
import { SESSION_KINDS } from "@/lib/sessions/schemas";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sessions/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Sessions" });
  return { title: t("staff.new") };
}

export default async function NewSessionPage({ params }: PageProps<"/[locale]/admin/sessions/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("sessions.manage", locale, "/admin/sessions/new");
  const [t, errorMessages] = await Promise.all([getTranslations("Sessions"), sessionErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/sessions">{t("staff.back")}</Link></p>
      <h1 className="text-3xl">{t("staff.new")}</h1>
      <ProgrammeForm
        action={createSessionAction}
        idPrefix="session"
        items={[
          { kind: "radios", name: "kind", label: t("staff.kindLabel"), required: true, options: SESSION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })) },
          ...sessionFieldItems(t),
        ]}
        defaults={{ kind: "ORDINARY" }}
        submitLabel={t("staff.create")}
        errorMessages={errorMessages}
      />
    </div>
  );
}
