import "server-only";
// Reads of the youth council. The public view never carries a minor's last name, birth data or
// guardian, and lists a member only as memberStanding allows (consent, agreement to be listed).
import { requirePermission } from "@/lib/auth/session";
import { moroccanDay } from "@/lib/calendar/working-days";
import { PROPOSAL_STATUSES, type ProposalStatus } from "@/lib/consultative/rules";
import { db } from "@/lib/db/client";
import { memberStanding, type AgeBand } from "./rules";

const SENT_STATUSES = PROPOSAL_STATUSES.slice(PROPOSAL_STATUSES.indexOf("SENT")) as ProposalStatus[];

type NamedMember = { firstName: string; lastName: string; birthYear: number; birthDate: Date | null; publicListing: boolean; guardianName: string | null; guardianRelation: string | null; consentOn: Date | null; consentMethod: string | null };

/** The name the public may see, or null (rules: minors by first name with consent, adults in full if they agreed). */
function publicNameOf(member: NamedMember, day: Date): string | null {
  const standing = memberStanding(member, day);
  if (standing.publicName === "FULL") return `${member.firstName} ${member.lastName}`;
  if (standing.publicName === "FIRST") return member.firstName;
  return null;
}

export type PublicYouthCouncil = {
  counts: Record<AgeBand, { WOMAN: number; MAN: number }>;
  listed: { name: string; band: AgeBand; gender: "WOMAN" | "MAN" }[];
  meetings: { id: number; heldOn: Date; place: string; topic: string; minutes: string | null }[];
  proposals: PublicYouthProposal[];
};

export type PublicYouthProposal = {
  id: number; subject: string; body: string; status: ProposalStatus; sentOn: Date | null; presentedBy: string | null; meetingOn: Date | null;
  response: "ACCEPTED" | "PARTLY_ACCEPTED" | "REJECTED" | null; responseText: string | null; responseOn: Date | null; followUpNote: string | null; doneOn: Date | null;
};

export async function getPublicYouthCouncil(): Promise<PublicYouthCouncil> {
  const day = moroccanDay(new Date());
  const [members, meetings, proposals] = await Promise.all([
    db.youthMember.findMany({ where: { termStart: { lte: day }, OR: [{ termEnd: null }, { termEnd: { gte: day } }] }, orderBy: [{ firstName: "asc" }, { id: "asc" }] }),
    db.youthMeeting.findMany({ where: { heldOn: { lte: day } }, orderBy: [{ heldOn: "desc" }, { id: "desc" }], take: 50, select: { id: true, heldOn: true, place: true, topic: true, minutes: true } }),
    db.youthProposal.findMany({ where: { status: { in: SENT_STATUSES } }, orderBy: [{ sentOn: "desc" }, { id: "desc" }], include: { presentedBy: true, meeting: { select: { heldOn: true } } } }),
  ]);
  const counts: PublicYouthCouncil["counts"] = { CHILD: { WOMAN: 0, MAN: 0 }, YOUTH: { WOMAN: 0, MAN: 0 } };
  const listed: PublicYouthCouncil["listed"] = [];
  for (const m of members) {
    const standing = memberStanding(m, day);
    if (!standing.mayTakePart || !standing.band) continue;
    counts[standing.band][m.gender] += 1;
    const name = publicNameOf(m, day);
    if (name) listed.push({ name, band: standing.band, gender: m.gender });
  }
  return {
    counts,
    listed,
    meetings,
    proposals: proposals.map((p) => ({
      id: p.id, subject: p.subject, body: p.body, status: p.status, sentOn: p.sentOn, presentedBy: p.presentedBy ? publicNameOf(p.presentedBy, day) : null, meetingOn: p.meeting?.heldOn ?? null,
      response: p.response, responseText: p.responseText, responseOn: p.responseOn, followUpNote: p.followUpNote, doneOn: p.doneOn,
    })),
  };
}

/** Staff: every member with their standing today (age, band, consent). */
export async function listYouthMembersForStaff() {
  await requirePermission("youth.manage");
  const day = moroccanDay(new Date());
  const members = await db.youthMember.findMany({ orderBy: [{ termStart: "desc" }, { id: "asc" }] });
  return members.map((m) => ({ ...m, standing: memberStanding(m, day) }));
}

export async function getYouthMemberForStaff(id: number) {
  await requirePermission("youth.manage");
  return db.youthMember.findUnique({ where: { id } });
}

export async function listYouthMeetingsForStaff() {
  await requirePermission("youth.manage");
  return db.youthMeeting.findMany({ orderBy: [{ heldOn: "desc" }, { id: "desc" }], take: 200, select: { id: true, heldOn: true, topic: true, place: true } });
}

export async function listYouthProposalsForStaff() {
  await requirePermission("youth.manage");
  return db.youthProposal.findMany({ orderBy: [{ createdAt: "desc" }], take: 200, select: { id: true, subject: true, status: true, sentOn: true, response: true } });
}

export async function getYouthProposalForStaff(id: number) {
  await requirePermission("youth.manage");
  return db.youthProposal.findUnique({ where: { id }, include: { presentedBy: { select: { firstName: true, lastName: true } }, meeting: { select: { heldOn: true, topic: true } } } });
}
