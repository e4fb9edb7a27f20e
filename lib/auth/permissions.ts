// The one permission table (design.md §4). Record-level checks ("mandataire of this petition",
// "member of this committee") live in each feature's data layer on top of this.
// Anything not listed here is denied: unknown roles and unknown actions fail closed.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "CITIZEN",
  "ASSOCIATION_REP",
  "STAFF_EDITOR",
  "BUREAU_MEMBER",
  "INFORMATION_OFFICER",
  "COMMITTEE_MEMBER",
  "COMMITTEE_RAPPORTEUR",
  "COMMITTEE_CHAIR",
  "AUDITOR",
  "ADMINISTRATOR",
] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "account.manage", // one's own account
  "programme.follow",
  "programme.comment", // questions, observations and difficulties on projects
  "petitions.create",
  "petitions.sign",
  "forum.post",
  "information.request",
  "consultations.answer",
  "budget.propose", // participatory budget: submit and edit one's proposals
  "budget.vote",
  "petitions.file_for_association",
  "admin.access", // open the staff area
  "programme.manage", // create and edit axes and projects
  "programme.update_progress",
  "programme.answer", // official answers to questions and difficulties
  "documents.publish",
  "forum.answer",
  "forum.moderate",
  "sessions.manage", // council sessions: dates, agenda, decisions and votes
  "consultations.manage", // public consultations and their syntheses
  "budget.manage", // participatory budget: cycles, technical review, closing phases
  "petitions.review",
  "information.handle_requests",
  "committee.workspace",
  "committee.submit_opinions",
  "committee.manage_members",
  "committee.record_responses", // record the council's response to the equality committee's opinions
  "youth.manage", // youth council: members (with guardians' consents), meetings, proposals and the council's responses
  "audit_reports.manage",
  "associations.verify",
  "users.read",
  "users.manage_roles",
  "audit_log.read",
  "outbox.read",
  "settings.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CITIZEN: readonly Permission[] = [
  "account.manage",
  "programme.follow",
  "programme.comment",
  "petitions.create",
  "petitions.sign",
  "forum.post",
  "information.request",
  "consultations.answer",
  "budget.propose",
  "budget.vote",
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  CITIZEN,
  ASSOCIATION_REP: [...CITIZEN, "petitions.file_for_association"],
  STAFF_EDITOR: [
    ...CITIZEN,
    "admin.access",
    "programme.manage",
    "programme.update_progress",
    "programme.answer",
    "documents.publish",
    "forum.answer",
    "forum.moderate",
    "sessions.manage",
    "consultations.manage",
    "budget.manage",
    "youth.manage",
  ],
  BUREAU_MEMBER: [...CITIZEN, "admin.access", "petitions.review", "committee.record_responses"],
  INFORMATION_OFFICER: [...CITIZEN, "admin.access", "information.handle_requests", "documents.publish"],
  COMMITTEE_MEMBER: [...CITIZEN, "committee.workspace"],
  COMMITTEE_RAPPORTEUR: [...CITIZEN, "committee.workspace", "committee.submit_opinions"],
  COMMITTEE_CHAIR: [...CITIZEN, "committee.workspace", "committee.submit_opinions", "committee.manage_members"],
  AUDITOR: [...CITIZEN, "admin.access", "audit_reports.manage", "audit_log.read"],
  ADMINISTRATOR: [
    ...CITIZEN,
    "admin.access",
    "associations.verify",
    "users.read",
    "users.manage_roles",
    "audit_log.read",
    "outbox.read",
    "settings.manage",
    "committee.manage_members",
    "sessions.manage",
    "consultations.manage",
    "committee.record_responses",
    "budget.manage",
    "youth.manage",
  ],
};

/** Roles that make an account "staff": they open the admin area. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes("admin.access"));

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && (PERMISSIONS as readonly string[]).includes(value);
}

/** True when any of the roles grants the permission. Unknown roles or permissions grant nothing. */
export function can(roles: readonly unknown[], permission: unknown): boolean {
  if (!isPermission(permission)) return false;
  return roles.some((role) => isRole(role) && ROLE_PERMISSIONS[role].includes(permission));
}
