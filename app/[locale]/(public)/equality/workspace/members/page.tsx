import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { DataTable } from "@/components/ui/data-table";
import { pageUserWith } from "@/lib/auth/page-guards";
import { saveMemberAction } from "@/lib/equality/actions";
import { getEqualitySettings, listMembersForManagement } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/equality/workspace/members">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.manage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const DAY = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The chair (or an administrator) adds members and edits their profile (?edit=<id>). */
export default async function MembersPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await pageUserWith("committee.manage_members", locale, "/equality/workspace/members");
  const [t, tw, format, members, settings, errorMessages] = await Promise.all([
    getTranslations("Equality.manage"), getTranslations("Equality"), getFormatter(), listMembersForManagement(), getEqualitySettings(), equalityErrorMessages(),
  ]);
  const query = await searchParams;
  const editing = members.find((m) => String(m.id) === query.edit) ?? null;
  const bureauRoles = localized(locale, settings.bureauRolesAr, settings.bureauRolesFr);
  const categories = localized(locale, settings.categoriesAr, settings.categoriesFr);
  return (
    <div className="max-w-5xl space-y-6">
      <p><Link href="/equality/workspace">{tw("meetings.backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <DoneBanner done={query.done} known={["saved"]} text={() => t("saved")} />
      {members.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable label={t("title")} columns={[{ label: tw("members.name") }, { label: t("role") }, { label: t("organisation") }, { label: t("term") }, { label: t("publicListing") }, { label: t("edit") }]}>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-divider">
              <td className="p-2"><span dir="auto">{m.user.name}</span><br /><span className="text-sm text-muted" dir="ltr">{m.user.email}</span></td>
              <td className="p-2">{[tw(`members.roles.${m.role}`), m.bureauRole !== null ? bureauRoles[m.bureauRole] : null].filter((v, i, all) => v && all.indexOf(v) === i).join(" · ")}</td>
              <td className="p-2" dir="auto">{[m.organisation, m.category !== null ? categories[m.category] : null].filter(Boolean).join(" · ")}</td>
              <td className="p-2">{format.dateTime(m.termStart, DAY)}{m.termEnd ? ` – ${format.dateTime(m.termEnd, DAY)}` : ""}</td>
              <td className="p-2">{m.publicListing ? t("listed") : t("notListed")}</td>
              <td className="p-2"><Link href={{ pathname: "/equality/workspace/members", query: { edit: String(m.id) } }}>{t("edit")} <span className="sr-only">{m.user.name}</span></Link></td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="member-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="member-form" className="text-xl">{editing ? `${t("edit")} — ${editing.user.name}` : t("add")}</h2>
        <ProgrammeForm
          key={editing?.id ?? "new"}
          action={saveMemberAction}
          idPrefix="member"
          items={[
            ...(editing ? [] : [{ kind: "text" as const, name: "email", label: t("email"), hint: t("emailHint"), required: true, maxLength: 200, dir: "ltr" as const }]),
            { kind: "radios", name: "role", label: t("role"), required: true, options: (["MEMBER", "RAPPORTEUR", "CHAIR"] as const).map((r) => ({ value: r, label: tw(`members.roles.${r}`) })) },
            { kind: "select", name: "bureauRole", label: t("bureauRole"), placeholder: t("noBureauRole"), options: bureauRoles.map((label, index) => ({ value: String(index), label })) },
            { kind: "text", name: "organisation", label: t("organisation"), maxLength: 200, dir: "auto" },
            { kind: "select", name: "category", label: t("category"), placeholder: t("noCategory"), options: categories.map((label, index) => ({ value: String(index), label })) },
            { kind: "radios", name: "gender", label: t("gender"), hint: t("genderHint"), required: true, options: (["WOMAN", "MAN"] as const).map((g) => ({ value: g, label: t(`genders.${g}`) })) },
            { kind: "row", fields: [
              { kind: "text", name: "termStart", label: t("termStart"), hint: t("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
              { kind: "text", name: "termEnd", label: t("termEnd"), hint: t("dateHint"), maxLength: 10, dir: "ltr", short: true },
            ] },
            { kind: "checkbox", name: "publicListing", label: t("publicListing") },
          ]}
          hidden={editing ? { memberId: String(editing.id) } : undefined}
          defaults={editing ? {
            role: editing.role, bureauRole: editing.bureauRole === null ? "" : String(editing.bureauRole), organisation: editing.organisation ?? "",
            category: editing.category === null ? "" : String(editing.category), gender: editing.gender, termStart: iso(editing.termStart), termEnd: iso(editing.termEnd),
            publicListing: editing.publicListing ? "on" : "",
          } : { role: "MEMBER" }}
          submitLabel={t("submit")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
