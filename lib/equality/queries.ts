import "server-only";
// Reads of the equality committee. Public reads show only what the committee made public: members
// who consented (names and organisations), composition as aggregate figures, published minutes,
// opinions once sent to the council. The workspace reads check membership (record level) on top of
// the permission table: a person needs an active membership (or the right to manage members).
import { can } from "@/lib/auth/permissions";
import { getSession, requirePermission, requireUser, type SessionUser } from "@/lib/auth/session";
import { moroccanDay } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { fileStore } from "@/lib/storage";
import { DEFAULT_SETTINGS, type EqualitySettingsView } from "./defaults";
import type { LibrarySpace } from "./schemas";
import { attachmentsOpen, committeeComposition, isActiveMember, participantsByGender, proposalForce, PROPOSAL_STATUSES, registrationOpen, type ProposalStatus } from "./rules";


const SETTINGS_SELECT = {
  nameAr: true, nameFr: true, minMembers: true, maxMembers: true, targetWomenPercent: true,
  bureauRolesAr: true, bureauRolesFr: true, categoriesAr: true, categoriesFr: true, meetingsPerYear: true,
} as const;

export async function getEqualitySettings(): Promise<EqualitySettingsView> {
  return (await db.equalitySettings.findUnique({ where: { id: 1 }, select: SETTINGS_SELECT })) ?? DEFAULT_SETTINGS;
}

export function today(): Date {
  return moroccanDay(new Date());
}

// ---------------------------------------------------------------------------------------------
// Access to the workspace (record level)
// ---------------------------------------------------------------------------------------------

export type WorkspaceAccess = {
  user: SessionUser;
  /** The caller's active membership, if any. */
  memberId: number | null;
  /** Manage members and schedule meetings (the chair; administrators). */
  canManage: boolean;
  /** Write minutes, adopt and send opinions (rapporteur and chair, as active members). */
  canSubmit: boolean;
};

/** The caller's access to the workspace, or null when they have none. */
export async function workspaceAccess(user: SessionUser): Promise<WorkspaceAccess | null> {
  const canManage = can(user.roles, "committee.manage_members");
  const member = can(user.roles, "committee.workspace")
    ? await db.committeeMember.findUnique({ where: { userId: user.id }, select: { id: true, termStart: true, termEnd: true } })
    : null;
  const active = member && isActiveMember(member, today()) ? member : null;
  if (!active && !canManage) return null;
  return { user, memberId: active?.id ?? null, canManage, canSubmit: !!active && can(user.roles, "committee.submit_opinions") };
}

/** For the data layer: the signed-in caller's workspace access, or ForbiddenError for anyone who is not a member. */
export async function requireWorkspace(): Promise<WorkspaceAccess> {
  const user = await requireUser();
  const access = await workspaceAccess(user);
  if (!access) throw new ForbiddenError("committee.workspace");
  return access;
}

// ---------------------------------------------------------------------------------------------
// Public
// ---------------------------------------------------------------------------------------------

const SENT_STATUSES = PROPOSAL_STATUSES.slice(PROPOSAL_STATUSES.indexOf("SENT")) as ProposalStatus[];

/** What a page shows of a file attached to minutes or an opinion. */
const ATTACHMENT_SELECT = { orderBy: { id: "asc" }, select: { id: true, title: true, mimeType: true, bytes: true } } as const;

const PUBLIC_OPINION_SELECT = {
  id: true, kind: true, subject: true, requestedBy: true, concerns: true, body: true, status: true,
  votesFor: true, votesAgainst: true, votesAbstaining: true, adoptedOn: true, sentOn: true,
  response: true, responseText: true, responseOn: true, followUpNote: true, doneOn: true, sessionId: true,
  project: { select: { id: true, code: true, titleAr: true, titleFr: true } },
  petition: { select: { id: true, subject: true, reference: true } },
  programme: { select: { id: true, titleAr: true, titleFr: true } },
  attachments: ATTACHMENT_SELECT,
} as const;

/** Everything the public page /equality shows. */
export async function getPublicCommittee() {
  const day = today();
  const [settings, members, consultations, meetings, opinions] = await Promise.all([
    getEqualitySettings(),
    db.committeeMember.findMany({
      select: { id: true, role: true, bureauRole: true, organisation: true, category: true, gender: true, termStart: true, termEnd: true, publicListing: true, user: { select: { name: true } } },
      orderBy: [{ role: "desc" }, { id: "asc" }],
    }),
    db.programmeConsultation.findMany({
      where: { kind: "EQUALITY_COMMITTEE" },
      orderBy: { heldOn: "desc" },
      select: { id: true, heldOn: true, summaryAr: true, summaryFr: true, programme: { select: { titleAr: true, titleFr: true } } },
    }),
    db.committeeMeeting.findMany({ where: { minutesPublishedAt: { not: null } }, orderBy: { scheduledAt: "desc" }, take: 20, select: { id: true, scheduledAt: true, place: true } }),
    db.committeeOpinion.findMany({ where: { status: { in: SENT_STATUSES } }, orderBy: [{ sentOn: "desc" }, { id: "desc" }], take: 100, select: PUBLIC_OPINION_SELECT }),
  ]);
  const active = members.filter((m) => isActiveMember(m, day));
  return {
    settings,
    composition: committeeComposition(active, settings, day),
    // Names and organisations only of members who consented; gender never leaves this function per person.
    listed: active.filter((m) => m.publicListing).map((m) => ({ id: m.id, name: m.user.name, organisation: m.organisation, role: m.role, bureauRole: m.bureauRole })),
    consultations,
    meetings,
    opinions,
    force: proposalForce(opinions.map((o) => ({ status: o.status, response: o.response }))),
  };
}

/** A meeting whose minutes are published, or null. */
export async function getPublicMeeting(meetingId: number) {
  return db.committeeMeeting.findFirst({
    where: { id: meetingId, minutesPublishedAt: { not: null } },
    select: { id: true, scheduledAt: true, place: true, agenda: true, minutes: true, decisions: true, minutesPublishedAt: true, attachments: ATTACHMENT_SELECT },
  });
}

/** An opinion the committee sent to the council, or null (drafts are private). */
export async function getPublicOpinion(opinionId: number) {
  return db.committeeOpinion.findFirst({ where: { id: opinionId, status: { in: SENT_STATUSES } }, select: PUBLIC_OPINION_SELECT });
}
export type PublicOpinion = NonNullable<Awaited<ReturnType<typeof getPublicOpinion>>>;

// ---------------------------------------------------------------------------------------------
// Workspace (members only)
// ---------------------------------------------------------------------------------------------

export async function getWorkspaceHome() {
  const access = await requireWorkspace();
  const [meetings, opinions] = await Promise.all([
    db.committeeMeeting.findMany({ orderBy: { scheduledAt: "desc" }, take: 100, select: { id: true, scheduledAt: true, place: true, minutesPublishedAt: true, _count: { select: { invitees: true } } } }),
    db.committeeOpinion.findMany({ orderBy: [{ updatedAt: "desc" }], take: 100, select: { id: true, kind: true, subject: true, status: true, response: true } }),
  ]);
  return { access, meetings, opinions };
}

export async function getWorkspaceMeeting(meetingId: number) {
  const access = await requireWorkspace();
  const meeting = await db.committeeMeeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true, scheduledAt: true, place: true, agenda: true, minutes: true, decisions: true, minutesPublishedAt: true, attachments: ATTACHMENT_SELECT,
      invitees: { orderBy: { memberId: "asc" }, select: { memberId: true, attended: true, member: { select: { user: { select: { name: true } } } } } },
    },
  });
  return meeting ? { access, meeting } : null;
}
export type WorkspaceMeeting = NonNullable<Awaited<ReturnType<typeof getWorkspaceMeeting>>>["meeting"];

export async function getWorkspaceOpinion(opinionId: number) {
  const access = await requireWorkspace();
  const opinion = await db.committeeOpinion.findUnique({ where: { id: opinionId }, select: PUBLIC_OPINION_SELECT });
  return opinion ? { access, opinion } : null;
}

/** The records an opinion may concern: the programme's projects, filed petitions and council sessions. */
export async function getOpinionChoices() {
  await requireWorkspace();
  const [projects, petitions, sessions] = await Promise.all([
    db.project.findMany({ orderBy: { code: "asc" }, take: 300, select: { id: true, code: true, titleAr: true, titleFr: true } }),
    db.petition.findMany({ where: { reference: { not: null } }, orderBy: { filedAt: "desc" }, take: 200, select: { id: true, reference: true, subject: true } }),
    db.councilSession.findMany({ orderBy: [{ year: "desc" }, { month: "desc" }], take: 50, select: { id: true, kind: true, year: true, month: true } }),
  ]);
  return { projects, petitions, sessions };
}

/** Every member with their profile, for the chair and administrators. */
export async function listMembersForManagement() {
  await requirePermission("committee.manage_members");
  return db.committeeMember.findMany({
    orderBy: [{ termEnd: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    select: {
      id: true, role: true, bureauRole: true, organisation: true, category: true, gender: true, termStart: true, termEnd: true, publicListing: true,
      user: { select: { name: true, email: true } },
    },
  });
}
export type ManagedMember = Awaited<ReturnType<typeof listMembersForManagement>>[number];

// ---------------------------------------------------------------------------------------------
// Staff: the council's responses
// ---------------------------------------------------------------------------------------------

/** Opinions sent to the council and not answered yet, oldest first, then the answered ones. */
export async function listOpinionsForStaff() {
  await requirePermission("committee.record_responses");
  return db.committeeOpinion.findMany({
    where: { status: { in: SENT_STATUSES } },
    orderBy: [{ status: "asc" }, { sentOn: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, subject: true, status: true, sentOn: true, response: true },
  });
}

export async function getOpinionForStaff(opinionId: number) {
  await requirePermission("committee.record_responses");
  return db.committeeOpinion.findFirst({ where: { id: opinionId, status: { in: SENT_STATUSES } }, select: PUBLIC_OPINION_SELECT });
}

// ---------------------------------------------------------------------------------------------
// Trainings
// ---------------------------------------------------------------------------------------------

/** Upcoming trainings (soonest first) and past ones (latest first), with aggregate figures and the caller's own registration. */
export async function listTrainings(userId: string | null) {
  const trainings = await db.committeeTraining.findMany({
    orderBy: { startsAt: "desc" },
    take: 100,
    select: { id: true, title: true, audience: true, startsAt: true, place: true, materialsUrl: true, registrations: { select: { userId: true, gender: true, attended: true } } },
  });
  const now = new Date();
  const view = trainings.map(({ registrations, ...t }) => ({
    ...t,
    open: registrationOpen(t, now),
    figures: participantsByGender(registrations),
    registered: userId !== null && registrations.some((r) => r.userId === userId),
  }));
  return { upcoming: view.filter((t) => t.open).reverse(), past: view.filter((t) => !t.open) };
}

/** A training with its registrants, for the chair to record attendance. */
export async function getTrainingForManagers(trainingId: number) {
  const access = await requireWorkspace();
  if (!access.canManage) throw new ForbiddenError("committee.manage_members");
  return db.committeeTraining.findUnique({
    where: { id: trainingId },
    select: { id: true, title: true, audience: true, startsAt: true, place: true, materialsUrl: true, registrations: { orderBy: { createdAt: "asc" }, select: { userId: true, attended: true, user: { select: { name: true } } } } },
  });
}

/** The committee's requests for means, latest first (workspace members and staff who answer them). */
export async function listMeansRequests() {
  const user = await requireUser();
  if (!can(user.roles, "committee.record_responses")) await requireWorkspace();
  return db.committeeMeansRequest.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, subject: true, details: true, status: true, answer: true, answeredOn: true, createdAt: true },
  });
}

// ---------------------------------------------------------------------------------------------
// The shared library (members only)
// ---------------------------------------------------------------------------------------------

/**
 * Who may use a committee's library: the equality committee's sitting members (the chair manages
 * it), or the internal-audit committee (the auditor role; each of them manages its papers).
 */
export async function requireLibrary(space: LibrarySpace): Promise<{ user: SessionUser; canManage: boolean }> {
  if (space === "INTERNAL_AUDIT") return { user: await requirePermission("audit_reports.manage"), canManage: true };
  const access = await requireWorkspace();
  return { user: access.user, canManage: access.canManage };
}

export async function listCommitteeDocuments(space: LibrarySpace = "EQUALITY_COMMITTEE") {
  const access = await requireLibrary(space);
  const documents = await db.committeeDocument.findMany({
    where: { space },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, kind: true, description: true, mimeType: true, bytes: true, createdAt: true, uploadedById: true, uploadedBy: { select: { name: true } }, meetingId: true, opinionId: true },
  });
  return documents.map(({ uploadedById, ...document }) => ({ ...document, removable: uploadedById === access.user.id || access.canManage }));
}

/**
 * A library file's bytes: for the committee whose library it is; an equality file for everyone once it is attached to published minutes or to
 * an opinion sent to the council. Null otherwise or for an unknown id (the route answers 404 alike).
 */
export async function getCommitteeDocumentFile(documentId: number): Promise<{ bytes: Buffer; mimeType: string } | null> {
  const document = await db.committeeDocument.findUnique({
    where: { id: documentId },
    select: { storageKey: true, mimeType: true, space: true, meeting: { select: { minutesPublishedAt: true } }, opinion: { select: { status: true } } },
  });
  if (!document) return null;
  const attachedTo = document.meeting ?? document.opinion;
  if (document.space === "INTERNAL_AUDIT") {
    const user = await getSession();
    if (!user || !can(user.roles, "audit_reports.manage")) return null;
  } else if (!attachedTo || attachmentsOpen(attachedTo)) {
    const user = await getSession();
    if (!user || !(await workspaceAccess(user))) return null;
  }
  const file = await fileStore().get(document.storageKey);
  return file ? { bytes: file.bytes, mimeType: document.mimeType } : null;
}
