// Demo accounts: one per role (design.md §4), all sharing one password, on the reserved `.example`
// domain so that no e-mail can ever reach a real mailbox. Listed in the README; used by the tests.
import { Role } from "@/lib/generated/prisma/enums";

/** The password of every demo account. Public on purpose: the seed refuses to run in production. */
export const DEMO_PASSWORD = "musharaka-demo-2026";

export const DEMO_EMAIL_DOMAIN = "demo.bni-mathar.example";

export interface DemoAccount {
  readonly role: Role;
  readonly email: string;
  /** Arabic display name. */
  readonly name: string;
  /** Every role the account holds: its own, plus CITIZEN for all but the citizen (who has only it). */
  readonly roles: readonly Role[];
}

const ACCOUNTS_BY_ROLE: { readonly [R in Role]: { readonly local: string; readonly name: string } } = {
  CITIZEN: { local: "citizen", name: "مواطن تجريبي" },
  ASSOCIATION_REP: { local: "association", name: "ممثلة جمعية (حساب تجريبي)" },
  STAFF_EDITOR: { local: "editor", name: "محرر بمصالح الجماعة (حساب تجريبي)" },
  BUREAU_MEMBER: { local: "bureau", name: "عضو مكتب المجلس (حساب تجريبي)" },
  INFORMATION_OFFICER: { local: "information-officer", name: "الشخص المكلف بالمعلومات (حساب تجريبي)" },
  COMMITTEE_MEMBER: { local: "committee-member", name: "عضوة هيئة المساواة (حساب تجريبي)" },
  COMMITTEE_RAPPORTEUR: { local: "committee-rapporteur", name: "مقررة هيئة المساواة (حساب تجريبي)" },
  COMMITTEE_CHAIR: { local: "committee-chair", name: "رئيسة هيئة المساواة (حساب تجريبي)" },
  AUDITOR: { local: "auditor", name: "مدقق (حساب تجريبي)" },
  ADMINISTRATOR: { local: "admin", name: "مدير المنصة (حساب تجريبي)" },
};

/** One account per value of the Role enum, in the enum's order. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = (Object.values(Role) as Role[]).map((role) => {
  const { local, name } = ACCOUNTS_BY_ROLE[role];
  return {
    role,
    email: `${local}@${DEMO_EMAIL_DOMAIN}`,
    name,
    roles: role === Role.CITIZEN ? [Role.CITIZEN] : [Role.CITIZEN, role],
  };
});

export function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for role ${role}`);
  return account;
}

/** The demo association, represented by the ASSOCIATION_REP account. Fictional. */
export const DEMO_ASSOCIATION = {
  name: "جمعية الأمل للتنمية والتضامن ببني مطهر (جمعية تجريبية)",
  receiptNumber: "DEMO-2015-0042",
  receiptDate: new Date("2015-06-02T00:00:00Z"),
  foundedOn: new Date("2015-04-18T00:00:00Z"),
  seatAddress: "دوار الزاوية، جماعة بني مطهر، إقليم جرادة (عنوان تجريبي)",
  hasBranchInCommune: false,
  domain: "التنمية المحلية والبيئة والشباب",
  representativeRole: Role.ASSOCIATION_REP,
} as const;
