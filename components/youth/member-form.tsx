import "server-only";
// The member form (new and edit): identity, birth, term, public listing, and the guardian's consent.
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { saveYouthMemberAction } from "@/lib/youth/actions";
import { CONSENT_METHODS } from "@/lib/youth/schemas";
import { youthErrorMessages } from "./error-messages";

export async function YouthMemberForm({ memberId, defaults, idPrefix }: { memberId?: number; defaults?: Record<string, string>; idPrefix: string }) {
  const [t, errorMessages] = await Promise.all([getTranslations("Youth.staff"), youthErrorMessages()]);
  const day = (name: string, required = false) => ({ kind: "text" as const, name, label: t(name as "termStart"), hint: t("dateHint"), required, maxLength: 10, dir: "ltr" as const, short: true });
  return (
    <ProgrammeForm
      action={saveYouthMemberAction}
      idPrefix={idPrefix}
      label={memberId ? t("editMember") : t("addMember")}
      defaults={defaults}
      hidden={memberId ? { memberId: String(memberId) } : undefined}
      items={[
        { kind: "row", fields: [
          { kind: "text", name: "firstName", label: t("firstName"), required: true, maxLength: 100, dir: "auto" },
          { kind: "text", name: "lastName", label: t("lastName"), required: true, maxLength: 100, dir: "auto" },
        ] },
        { kind: "row", fields: [
          { kind: "text", name: "birthYear", label: t("birthYear"), required: true, maxLength: 4, inputMode: "numeric", dir: "ltr", short: true },
          day("birthDate"),
        ] },
        { kind: "radios", name: "gender", label: t("gender"), required: true, options: (["WOMAN", "MAN"] as const).map((g) => ({ value: g, label: t(`genders.${g}`) })) },
        { kind: "row", fields: [day("termStart", true), day("termEnd")] },
        { kind: "checkbox", name: "publicListing", label: t("publicListing") },
        { kind: "heading", text: t("consentTitle") },
        { kind: "row", fields: [
          { kind: "text", name: "guardianName", label: t("guardianName"), hint: t("consentHint"), maxLength: 200, dir: "auto" },
          { kind: "text", name: "guardianRelation", label: t("guardianRelation"), maxLength: 100, dir: "auto" },
        ] },
        { kind: "row", fields: [
          day("consentOn"),
          { kind: "select", name: "consentMethod", label: t("consentMethod"), placeholder: t("noChoice"), options: CONSENT_METHODS.map((m) => ({ value: m, label: t(`consentMethods.${m}`) })) },
        ] },
      ]}
      submitLabel={t("save")}
      errorMessages={errorMessages}
    />
  );
}
