// The youth council against the real database (lib/youth, lib/consultative): only staff with
// "youth.manage" write; a minor without a guardian's consent neither presents a proposal nor
// appears on the public page, and with it appears by first name only; proposals follow the
// equality committee's workflow (shared code) up to the council's response, audited.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { loadMyWorkQueues } from "@/lib/work-queue/registry";
import { getPublicYouthCouncil, listYouthMembersForStaff } from "@/lib/youth/queries";
import { YouthMeetingSchema, YouthMemberSchema, YouthProposalSchema, YouthProposalStepSchema, YouthResponseSchema } from "@/lib/youth/schemas";
import { advanceYouthProposal, createYouthProposal, recordYouthMeeting, recordYouthResponse, saveYouthMember } from "@/lib/youth/service";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.88";
let editor: TestUser;
let citizen: TestUser;
let bureau: TestUser;
const thisYear = new Date().getUTCFullYear();

const memberInput = (values: Record<string, string>) =>
  YouthMemberSchema.parse({ firstName: "سلمى", lastName: "العلوي", birthYear: String(thisYear - 14), gender: "WOMAN", termStart: "2025-01-01", ...values });

async function addMember(values: Record<string, string>) {
  const result = await asUser(editor, () => saveYouthMember(memberInput(values), IP));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const consent = { guardianName: "فاطمة العلوي", guardianRelation: "الأم", consentOn: "2025-01-02", consentMethod: "SIGNED_FORM" };

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE youth_members, youth_meetings, youth_proposals RESTART IDENTITY CASCADE");
  editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"], name: "Editor" });
  citizen = await createUser({ roles: ["CITIZEN"], name: "Citizen" });
  bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"], name: "Bureau" });
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("authorization", () => {
  it("only staff with youth.manage read the member list and write; others are refused", async () => {
    await expect(listYouthMembersForStaff()).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const who of [citizen, bureau]) {
      await expect(asUser(who, () => listYouthMembersForStaff())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(asUser(who, () => saveYouthMember(memberInput({}), IP))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(asUser(who, () => recordYouthMeeting(YouthMeetingSchema.parse({ heldOn: "2025-03-01", place: "دار الشباب", topic: "الملاعب" }), IP))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.youthMember.count()).toBe(0);
  });
});

describe("the consent gate for minors", () => {
  it("a minor without consent cannot present a proposal nor appear publicly; with it, by first name only", async () => {
    const minor = await addMember({ publicListing: "on" });
    const adult = await addMember({ firstName: "يوسف", lastName: "بنعلي", birthYear: String(thisYear - 22), gender: "MAN", publicListing: "on" });
    const refused = await asUser(editor, () => createYouthProposal(YouthProposalSchema.parse({ subject: "ملعب القرب", body: "نقترح...", presentedById: String(minor) }), IP));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { presentedById: "consentRequired" } });
    expect(await db.youthProposal.count()).toBe(0);
    let page = await getPublicYouthCouncil();
    expect(page.listed.map((m) => m.name)).toEqual(["يوسف بنعلي"]);
    expect(page.counts).toEqual({ CHILD: { WOMAN: 0, MAN: 0 }, YOUTH: { WOMAN: 0, MAN: 1 } });

    // A partial consent is refused by the form; the whole consent is recorded and audited.
    expect(YouthMemberSchema.safeParse({ ...memberInput({}), memberId: String(minor), firstName: "سلمى", lastName: "العلوي", birthYear: String(thisYear - 14), gender: "WOMAN", termStart: "2025-01-01", guardianName: "فاطمة" }).success).toBe(false);
    const updated = await asUser(editor, () => saveYouthMember(memberInput({ memberId: String(minor), publicListing: "on", ...consent }), IP));
    expect(updated.ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "youth.member_updated", targetId: String(minor) } })).toBe(1);
    page = await getPublicYouthCouncil();
    expect(page.listed.map((m) => m.name).sort()).toEqual(["سلمى", "يوسف بنعلي"].sort());
    expect(JSON.stringify(page)).not.toContain("العلوي");
    expect(page.counts.CHILD.WOMAN).toBe(1);
    const accepted = await asUser(editor, () => createYouthProposal(YouthProposalSchema.parse({ subject: "ملعب القرب", body: "نقترح...", presentedById: String(minor) }), IP));
    expect(accepted.ok).toBe(true);
    expect(adult).toBeGreaterThan(0);
  });

  it("the database refuses a consent recorded in part", async () => {
    const minor = await addMember({});
    await expect(db.youthMember.update({ where: { id: minor }, data: { guardianName: "فاطمة" } })).rejects.toThrow();
  });

  it("refuses a birth outside the council's ages", async () => {
    expect(await asUser(editor, () => saveYouthMember(memberInput({ birthYear: String(thisYear - 5) }), IP))).toMatchObject({ ok: false, fieldErrors: { birthYear: "ageOutside" } });
  });
});

describe("proposals follow the equality committee's workflow", () => {
  it("draft → adopted (vote bounded by the members who take part) → sent → the council's response → follow-up → done; public once sent", async () => {
    await addMember({ birthYear: String(thisYear - 20), publicListing: "on" });
    await addMember({ firstName: "يوسف", birthYear: String(thisYear - 19), gender: "MAN" });
    await addMember({ firstName: "ليلى" }); // a minor without consent does not count in the vote
    const meeting = await asUser(editor, () => recordYouthMeeting(YouthMeetingSchema.parse({ heldOn: "2025-03-01", place: "دار الشباب", topic: "الملاعب", minutes: "ناقش المجلس..." }), IP));
    if (!meeting.ok) throw new Error("meeting");
    const created = await asUser(editor, () => createYouthProposal(YouthProposalSchema.parse({ subject: "ملعب القرب", body: "نقترح...", meetingId: String(meeting.data.id) }), IP));
    if (!created.ok) throw new Error("proposal");
    const id = String(created.data.id);
    const step = (to: string, extra: Record<string, string> = {}) => asUser(editor, () => advanceYouthProposal(YouthProposalStepSchema.parse({ proposalId: id, to, ...extra }), IP));
    expect(await step("SENT")).toMatchObject({ ok: false, formError: "statusTransition" });
    expect(await step("ADOPTED", { votesFor: "3", votesAgainst: "0", votesAbstaining: "0" })).toMatchObject({ ok: false, fieldErrors: { votesFor: "tooManyVotes" } });
    expect((await getPublicYouthCouncil()).proposals).toEqual([]);
    expect((await step("ADOPTED", { votesFor: "2", votesAgainst: "0", votesAbstaining: "0" })).ok).toBe(true);
    expect((await step("SENT")).ok).toBe(true);
    const waiting = (await asUser(editor, () => loadMyWorkQueues("fr-MA"))).find((q) => q.key === "youth.awaiting_response");
    expect(waiting?.items.map((i) => [i.title, i.href])).toEqual([["ملعب القرب", `/admin/youth-council/proposals/${id}`]]);
    const respond = (who: TestUser) => asUser(who, () => recordYouthResponse(YouthResponseSchema.parse({ proposalId: id, response: "ACCEPTED", responseText: "يبرمج المجلس الملعب", responseOn: "2025-06-01" }), IP));
    await expect(respond(citizen)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await respond(editor)).ok).toBe(true);
    expect((await respond(editor))).toMatchObject({ ok: false, formError: "statusTransition" });
    expect((await step("IN_PROGRESS", { note: "الدراسة جارية" })).ok).toBe(true);
    expect((await step("DONE")).ok).toBe(true);
    const page = await getPublicYouthCouncil();
    expect(page.proposals).toHaveLength(1);
    expect(page.proposals[0]).toMatchObject({ status: "DONE", response: "ACCEPTED", responseText: "يبرمج المجلس الملعب", followUpNote: "الدراسة جارية" });
    expect(page.meetings.map((m) => m.topic)).toEqual(["الملاعب"]);
    const actions = (await db.auditEvent.findMany({ where: { targetType: "youth_proposal" }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(["youth.proposal_drafted", "youth.proposal_adopted", "youth.proposal_sent", "youth.council_response", "youth.proposal_in_progress", "youth.proposal_done"]);
  });
});
