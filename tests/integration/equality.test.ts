// The equality committee against the real database (lib/equality/service.ts, queries.ts): who may
// read the workspace, the minutes and draft opinions; the chair's and staff's permissions; one
// invitation per member in the outbox; the opinion workflow never skipping a step; the public page
// showing only what was made public.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getCommitteeDocumentFile, getPublicCommittee, listCommitteeDocuments, getPublicMeeting, getPublicOpinion, getWorkspaceHome, getWorkspaceMeeting, getWorkspaceOpinion, listMeansRequests, listMembersForManagement, listTrainings } from "@/lib/equality/queries";
import { CommitteeDocumentSchema, CouncilResponseSchema, MeansAnswerSchema, MeansRequestSchema, MeetingSchema, MemberSchema, MinutesSchema, OpinionSchema, OpinionStepSchema, RegistrationSchema, SettingsSchema, TrainingAttendanceSchema, TrainingSchema } from "@/lib/equality/schemas";
import {
  addCommitteeDocument,
  advanceOpinion,
  answerMeansRequest,
  createMeansRequest,
  createOpinion,
  createTraining,
  recordCouncilResponse,
  recordTrainingAttendance,
  registerForTraining,
  removeCommitteeDocument,
  saveCommitteeMinutes,
  saveEqualitySettings,
  saveMember,
  scheduleCommitteeMeeting,
  unregisterFromTraining,
} from "@/lib/equality/service";
import { getGenderStatistics } from "@/lib/equality/statistics";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { loadMyWorkQueues } from "@/lib/work-queue/registry";
import { makePdf } from "../support/pdf";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.71";
let admin: TestUser;
let chair: TestUser;
let rapporteur: TestUser;
let member: TestUser;
let outsider: TestUser;
let roleOnly: TestUser;
let bureau: TestUser;
let projectId: number;

function memberInput(values: Record<string, string>) {
  return MemberSchema.parse({ role: "MEMBER", gender: "WOMAN", termStart: "2025-01-01", ...values });
}

async function addMember(user: TestUser, values: Record<string, string> = {}) {
  const result = await asUser(admin, () => saveMember(memberInput({ email: user.email, ...values }), IP));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function pastMeeting(): Promise<number> {
  const meeting = await db.committeeMeeting.create({
    data: { scheduledAt: new Date(Date.now() - 86_400_000), place: "قاعة الاجتماعات", agenda: "نقطة 1", invitees: { create: (await db.committeeMember.findMany({ select: { id: true } })).map((m) => ({ memberId: m.id })) } },
  });
  return meeting.id;
}

async function draftOpinion(): Promise<number> {
  const result = await asUser(member, () => createOpinion(OpinionSchema.parse({ kind: "OPINION", subject: "إدماج مقاربة النوع في مشروع الإنارة", requestedBy: "COMMITTEE", concerns: "PROJECT", projectId: String(projectId), body: "توصي الهيئة..." }), IP));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const step = (opinionId: number, to: string, extra: Record<string, string> = {}) => OpinionStepSchema.parse({ opinionId: String(opinionId), to, ...extra });

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE equality_settings, committee_documents, petitions, committee_members, committee_meetings, committee_opinions, committee_trainings, committee_means_requests, programmes, plan_axes, projects, notifications RESTART IDENTITY CASCADE");
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "المحور", titleFr: "Axe" } });
  projectId = (await db.project.create({
    data: { programmeId: programme.id, axisId: axis.id, code: "E-01", titleAr: "الإنارة العمومية", titleFr: "Éclairage public", descriptionAr: "-", descriptionFr: "-", competence: "OWN", startYear: 2023, endYear: 2025 },
  })).id;
  admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"], name: "Admin" });
  chair = await createUser({ roles: ["CITIZEN"], name: "Chair" });
  rapporteur = await createUser({ roles: ["CITIZEN"], name: "Rapporteur" });
  member = await createUser({ roles: ["CITIZEN"], name: "Member" });
  outsider = await createUser({ roles: ["CITIZEN"], name: "Outsider" });
  roleOnly = await createUser({ roles: ["CITIZEN", "COMMITTEE_MEMBER"], name: "Role without membership" });
  bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"], name: "Bureau" });
  await addMember(chair, { role: "CHAIR", gender: "WOMAN" });
  await addMember(rapporteur, { role: "RAPPORTEUR", gender: "MAN" });
  await addMember(member, { role: "MEMBER", gender: "WOMAN", publicListing: "on", organisation: "جمعية النساء" });
  // The roles were granted with the membership; the session re-reads them from the database.
  for (const u of [chair, rapporteur, member]) u.roles = (await db.userRole.findMany({ where: { userId: u.id }, select: { role: true } })).map((r) => r.role);
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("settings", () => {
  it("only an administrator saves them; the change is audited; inverted sizes are refused", async () => {
    const input = SettingsSchema.parse({ nameAr: "هيئة", nameFr: "Instance", minMembers: "5", maxMembers: "15", targetWomenPercent: "40", bureauRolesAr: "الرئيس\nالمقرر", bureauRolesFr: "Président\nRapporteur", categoriesAr: "الشباب", categoriesFr: "Jeunes", meetingsPerYear: "6" });
    await expect(asUser(chair, () => saveEqualitySettings(input, IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(admin, () => saveEqualitySettings(input, IP))).toEqual({ ok: true, data: undefined });
    expect(await db.equalitySettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ targetWomenPercent: 40, bureauRolesFr: ["Président", "Rapporteur"] });
    expect(await db.auditEvent.count({ where: { action: "equality.settings_updated" } })).toBe(1);
    const bad = await asUser(admin, () => saveEqualitySettings({ ...input, minMembers: 20 }, IP));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { maxMembers: "sizeRange" } });
    const mismatch = await asUser(admin, () => saveEqualitySettings({ ...input, categoriesFr: [] }, IP));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { categoriesFr: "listsMismatch" } });
  });
});

describe("members", () => {
  it("the chair and administrators manage members; others may not; the role is granted and audited", async () => {
    await expect(asUser(member, () => listMembersForManagement())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(member, () => saveMember(memberInput({ email: outsider.email }), IP))).rejects.toBeInstanceOf(ForbiddenError);
    const added = await asUser(chair, () => saveMember(memberInput({ email: outsider.email, gender: "MAN" }), IP));
    expect(added.ok).toBe(true);
    expect(await db.userRole.count({ where: { userId: outsider.id, role: "COMMITTEE_MEMBER" } })).toBe(1);
    expect(await asUser(chair, () => saveMember(memberInput({ email: outsider.email }), IP))).toMatchObject({ ok: false, fieldErrors: { email: "alreadyMember" } });
    expect(await asUser(chair, () => saveMember(memberInput({ email: "nobody@test.example" }), IP))).toMatchObject({ ok: false, fieldErrors: { email: "userNotFound" } });
    expect(await db.auditEvent.count({ where: { action: "equality.member_added" } })).toBe(4);
    expect((await asUser(chair, () => listMembersForManagement())).length).toBe(4);
  });

  it("the public page names only consenting members and gives the composition as figures", async () => {
    const page = await getPublicCommittee();
    expect(page.listed.map((m) => m.name)).toEqual(["Member"]);
    expect(JSON.stringify(page.listed)).not.toContain("WOMAN");
    expect(page.composition).toMatchObject({ total: 3, women: 2, men: 1, meetsTarget: true });
  });
});

describe("workspace access", () => {
  it("a non-member cannot read the workspace, a meeting's minutes or a draft opinion by id", async () => {
    const meetingId = await pastMeeting();
    await db.committeeMeeting.update({ where: { id: meetingId }, data: { minutes: "محضر سري" } });
    const opinionId = await draftOpinion();
    for (const who of [outsider, roleOnly, bureau]) {
      await expect(asUser(who, () => getWorkspaceHome())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(asUser(who, () => getWorkspaceMeeting(meetingId))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(asUser(who, () => getWorkspaceOpinion(opinionId))).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getWorkspaceHome()).rejects.toBeInstanceOf(UnauthenticatedError);
    // Nor through the public reads: draft minutes and draft opinions are not public.
    expect(await getPublicMeeting(meetingId)).toBeNull();
    expect(await getPublicOpinion(opinionId)).toBeNull();
    // A member reads both.
    expect((await asUser(member, () => getWorkspaceMeeting(meetingId)))?.meeting.minutes).toBe("محضر سري");
    expect((await asUser(member, () => getWorkspaceOpinion(opinionId)))?.opinion.status).toBe("DRAFT");
  });

  it("a member whose term has ended loses access", async () => {
    await db.committeeMember.updateMany({ where: { userId: member.id }, data: { termEnd: new Date("2025-06-30T00:00:00Z") } });
    await expect(asUser(member, () => getWorkspaceHome())).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("meetings", () => {
  const meetingInput = () => MeetingSchema.parse({ date: "15/12/2099", time: "10:00", place: "مقر الجماعة", agenda: "تتبع البرنامج\nالتكوينات" });

  it("the chair schedules; each active member gets one invitation in the outbox; a simple member may not", async () => {
    await addMember(outsider, { termEnd: "2025-06-30" }); // an ended term: not invited
    expect(await asUser(member, () => scheduleCommitteeMeeting(meetingInput(), IP))).toMatchObject({ ok: false, formError: "forbidden" });
    const result = await asUser(chair, () => scheduleCommitteeMeeting(meetingInput(), IP));
    expect(result).toMatchObject({ ok: true, data: { invited: 3 } });
    const mail = await db.outboxMessage.findMany({ where: { kind: "committee.meeting_invitation" }, select: { toAddress: true, text: true } });
    expect(mail.map((m) => m.toAddress).sort()).toEqual([chair.email, rapporteur.email, member.email].sort());
    expect(mail[0]!.text).toContain("تتبع البرنامج");
    expect(await db.notification.count({ where: { kind: "committee.meeting_invitation" } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "equality.meeting_scheduled" } })).toBe(1);
    expect(await asUser(chair, () => scheduleCommitteeMeeting(MeetingSchema.parse({ date: "01/01/2020", time: "10:00", place: "x", agenda: "y" }), IP))).toMatchObject({ ok: false, fieldErrors: { date: "meetingPast" } });
  });

  it("the rapporteur saves draft minutes with attendance, then publishes them; a plain member may not write them", async () => {
    const meetingId = await pastMeeting();
    const chairMember = await db.committeeMember.findUniqueOrThrow({ where: { userId: chair.id } });
    const minutes = (publish: boolean) => MinutesSchema.parse({ meetingId: String(meetingId), minutes: "افتتح الاجتماع\nثم نوقشت النقط", decisions: "قرار 1", publish: publish ? "on" : undefined, present: [String(chairMember.id)] });
    expect(await asUser(member, () => saveCommitteeMinutes(minutes(false), IP))).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await asUser(rapporteur, () => saveCommitteeMinutes(minutes(false), IP))).toMatchObject({ ok: true, data: { published: false } });
    expect(await getPublicMeeting(meetingId)).toBeNull();
    expect(await db.committeeMeetingInvitee.count({ where: { meetingId, attended: true } })).toBe(1);
    expect(await asUser(rapporteur, () => saveCommitteeMinutes(minutes(true), IP))).toMatchObject({ ok: true, data: { published: true } });
    expect((await getPublicMeeting(meetingId))?.minutes).toContain("افتتح");
    expect(await asUser(rapporteur, () => saveCommitteeMinutes(minutes(true), IP))).toMatchObject({ ok: false, formError: "alreadyPublished" });
  });

  it("minutes of a meeting still to come cannot be published", async () => {
    const scheduled = await asUser(chair, () => scheduleCommitteeMeeting(meetingInput(), IP));
    if (!scheduled.ok) throw new Error("not scheduled");
    const result = await asUser(rapporteur, () => saveCommitteeMinutes(MinutesSchema.parse({ meetingId: String(scheduled.data.id), minutes: "x", publish: "on" }), IP));
    expect(result).toMatchObject({ ok: false, formError: "notHeldYet" });
  });
});

describe("opinions", () => {
  it("go draft → adopted (vote) → sent → answered by staff → follow-up → done, never skipping a step", async () => {
    const id = await draftOpinion();
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "SENT"), IP))).toMatchObject({ ok: false, formError: "statusTransition" });
    expect(await asUser(member, () => advanceOpinion(step(id, "ADOPTED", { votesFor: "3", votesAgainst: "0", votesAbstaining: "0" }), IP))).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "ADOPTED", { votesFor: "1", votesAgainst: "1", votesAbstaining: "1" }), IP))).toMatchObject({ ok: false, fieldErrors: { votesFor: "notAdopted" } });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "ADOPTED", { votesFor: "2", votesAgainst: "1", votesAbstaining: "0" }), IP))).toMatchObject({ ok: true });
    expect(await getPublicOpinion(id)).toBeNull();
    const response = CouncilResponseSchema.parse({ opinionId: String(id), response: "PARTLY_ACCEPTED", responseText: "قبل المجلس الشق الأول", responseOn: "2026-01-10" });
    expect(await asUser(bureau, () => recordCouncilResponse(response, IP))).toMatchObject({ ok: false, formError: "statusTransition" });
    expect(await asUser(chair, () => advanceOpinion(step(id, "SENT"), IP))).toMatchObject({ ok: true });
    expect((await getPublicOpinion(id))?.status).toBe("SENT");
    // It waits on the staff home of those who record the council's responses.
    const queue = (await asUser(bureau, () => loadMyWorkQueues("fr-MA"))).find((q) => q.key === "equality.awaiting_response");
    expect(queue).toMatchObject({ total: 1, items: [{ href: `/admin/equality/opinions/${id}` }] });
    // Members cannot record the council's answer; staff can.
    await expect(asUser(chair, () => recordCouncilResponse(response, IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(bureau, () => recordCouncilResponse(response, IP))).toMatchObject({ ok: true });
    expect(await asUser(bureau, () => recordCouncilResponse(response, IP))).toMatchObject({ ok: false, formError: "statusTransition" });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "IN_PROGRESS"), IP))).toMatchObject({ ok: false, fieldErrors: { note: "required" } });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "IN_PROGRESS", { note: "الأشغال جارية" }), IP))).toMatchObject({ ok: true });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "DONE"), IP))).toMatchObject({ ok: true });
    const page = await getPublicCommittee();
    expect(page.force).toEqual({ sent: 1, answered: 1, accepted: 1, actedOn: 1 });
    expect(page.opinions[0]).toMatchObject({ response: "PARTLY_ACCEPTED", responseText: "قبل المجلس الشق الأول", project: { code: "E-01" } });
    const actions = (await db.auditEvent.findMany({ where: { targetType: "committee_opinion" }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(["equality.opinion_drafted", "equality.opinion_adopted", "equality.opinion_sent", "equality.council_response", "equality.opinion_in_progress", "equality.opinion_done"]);
  });

  it("a rejected proposal can be closed but not followed up", async () => {
    const id = await draftOpinion();
    await asUser(rapporteur, () => advanceOpinion(step(id, "ADOPTED", { votesFor: "3", votesAgainst: "0", votesAbstaining: "0" }), IP));
    await asUser(rapporteur, () => advanceOpinion(step(id, "SENT"), IP));
    await asUser(admin, () => recordCouncilResponse(CouncilResponseSchema.parse({ opinionId: String(id), response: "REJECTED", responseText: "رفض", responseOn: "2026-01-10" }), IP));
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "IN_PROGRESS", { note: "x" }), IP))).toMatchObject({ ok: false, formError: "followUpRejected" });
    expect(await asUser(rapporteur, () => advanceOpinion(step(id, "DONE"), IP))).toMatchObject({ ok: true });
    expect((await getPublicCommittee()).force).toEqual({ sent: 1, answered: 1, accepted: 0, actedOn: 0 });
  });

  it("an opinion on a project must name a real project", async () => {
    const result = await asUser(member, () => createOpinion(OpinionSchema.parse({ kind: "PROPOSAL", subject: "x", requestedBy: "COUNCIL", concerns: "PROJECT", projectId: "9999", body: "y" }), IP));
    expect(result).toMatchObject({ ok: false, fieldErrors: { projectId: "invalidChoice" } });
    expect(OpinionSchema.safeParse({ kind: "PROPOSAL", subject: "x", requestedBy: "COUNCIL", concerns: "PROJECT", body: "y" }).success).toBe(false);
  });
});

describe("trainings", () => {
  const trainingInput = (date = "10/12/2099") => TrainingSchema.parse({ title: "مقاربة النوع في الميزانية", audience: "الجمعيات", date, time: "09:30", place: "دار الشباب", materialsUrl: "https://example.org/support.pdf" });

  it("the chair schedules; a signed-in person registers once (a second click changes nothing) and withdraws; figures by gender", async () => {
    expect(await asUser(member, () => createTraining(trainingInput(), IP))).toMatchObject({ ok: false, formError: "forbidden" });
    const created = await asUser(chair, () => createTraining(trainingInput(), IP));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const trainingId = created.data.id;
    await expect(registerForTraining(RegistrationSchema.parse({ trainingId: String(trainingId) }))).rejects.toBeInstanceOf(UnauthenticatedError);
    const input = RegistrationSchema.parse({ trainingId: String(trainingId), gender: "WOMAN" });
    expect(await asUser(outsider, () => registerForTraining(input))).toMatchObject({ ok: true });
    expect(await asUser(outsider, () => registerForTraining(input))).toMatchObject({ ok: true });
    expect(await db.trainingRegistration.count({ where: { trainingId } })).toBe(1);
    await asUser(bureau, () => registerForTraining(RegistrationSchema.parse({ trainingId: String(trainingId) })));
    const list = await listTrainings(outsider.id);
    expect(list.upcoming[0]).toMatchObject({ registered: true, figures: { registered: 2, women: 1, men: 0, undeclared: 1 } });
    expect(JSON.stringify(list)).not.toContain(outsider.id);
    expect(await asUser(outsider, () => unregisterFromTraining(trainingId))).toMatchObject({ ok: true });
    expect((await listTrainings(outsider.id)).upcoming[0]).toMatchObject({ registered: false, figures: { registered: 1 } });
    // Attendance waits for the start.
    expect(await asUser(chair, () => recordTrainingAttendance(TrainingAttendanceSchema.parse({ trainingId: String(trainingId), present: [bureau.id] }), IP))).toMatchObject({ ok: false, formError: "notHeldYet" });
  });

  it("registration closes at the start; then the chair records attendance, which the figures count", async () => {
    const training = await db.committeeTraining.create({ data: { title: "الترافع", audience: "الأعضاء", startsAt: new Date(Date.now() - 3_600_000), place: "مقر الجماعة" } });
    await db.trainingRegistration.createMany({ data: [{ trainingId: training.id, userId: outsider.id, gender: "WOMAN" }, { trainingId: training.id, userId: bureau.id, gender: "MAN" }] });
    expect(await asUser(member, () => registerForTraining(RegistrationSchema.parse({ trainingId: String(training.id) })))).toMatchObject({ ok: false, formError: "registrationClosed" });
    expect(await asUser(outsider, () => unregisterFromTraining(training.id))).toMatchObject({ ok: false, formError: "registrationClosed" });
    expect(await asUser(chair, () => recordTrainingAttendance(TrainingAttendanceSchema.parse({ trainingId: String(training.id), present: [outsider.id] }), IP))).toMatchObject({ ok: true });
    expect((await listTrainings(null)).past[0]!.figures).toEqual({ registered: 2, attended: 1, women: 1, men: 0, undeclared: 0 });
    expect(await db.auditEvent.count({ where: { action: "equality.training_attendance" } })).toBe(1);
  });
});

describe("requests for means", () => {
  it("the rapporteur records a request; only staff answer it, once; outsiders cannot read the list", async () => {
    const input = MeansRequestSchema.parse({ subject: "مكتب مجهز للهيئة", details: "مكتب وحاسوب وطابعة" });
    expect(await asUser(member, () => createMeansRequest(input, IP))).toMatchObject({ ok: false, formError: "forbidden" });
    const created = await asUser(rapporteur, () => createMeansRequest(input, IP));
    if (!created.ok) throw new Error(JSON.stringify(created));
    await expect(asUser(outsider, () => listMeansRequests())).rejects.toBeInstanceOf(ForbiddenError);
    const answer = MeansAnswerSchema.parse({ requestId: String(created.data.id), status: "PARTLY_GRANTED", answer: "يخصص مكتب مشترك ابتداء من يناير" });
    await expect(asUser(chair, () => answerMeansRequest(answer, IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(bureau, () => answerMeansRequest(answer, IP))).toMatchObject({ ok: true });
    expect(await asUser(bureau, () => answerMeansRequest(answer, IP))).toMatchObject({ ok: false, formError: "alreadyAnswered" });
    const [request] = await asUser(member, () => listMeansRequests());
    expect(request).toMatchObject({ status: "PARTLY_GRANTED", answer: "يخصص مكتب مشترك ابتداء من يناير" });
    expect(await db.auditEvent.count({ where: { targetType: "committee_means_request" } })).toBe(2);
  });
});

describe("the shared library", () => {
  const study = CommitteeDocumentSchema.parse({ title: "دراسة حول ولوج النساء إلى الخدمات", kind: "STUDY", description: "" });

  it("members add and read files; nobody else can list or open them, even by id", async () => {
    const pdf = makePdf(["Etude genre Beni Mathar"]);
    const added = await asUser(member, () => addCommitteeDocument(study, { name: "etude.pdf", bytes: pdf }, IP));
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect((await asUser(rapporteur, () => listCommitteeDocuments())).map((d) => [d.title, d.kind, d.removable])).toEqual([[study.title, "STUDY", false]]);
    expect((await asUser(rapporteur, () => getCommitteeDocumentFile(added.data.id)))?.bytes.equals(pdf)).toBe(true);

    await expect(asUser(outsider, () => listCommitteeDocuments())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(roleOnly, () => listCommitteeDocuments())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(outsider, () => getCommitteeDocumentFile(added.data.id))).toBeNull();
    expect(await asUser(bureau, () => getCommitteeDocumentFile(added.data.id))).toBeNull();
    expect(await getCommitteeDocumentFile(added.data.id)).toBeNull();
    await expect(asUser(outsider, () => addCommitteeDocument(study, { name: "x.pdf", bytes: pdf }, IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { action: "equality.document_added", actorId: member.id } })).toBe(1);
  });

  it("refuses a file that is not what it claims, and keeps nothing", async () => {
    const fake = await asUser(member, () => addCommitteeDocument(study, { name: "etude.pdf", bytes: new TextEncoder().encode("<html>not a pdf</html>") }, IP));
    expect(fake).toEqual({ ok: false, fieldErrors: { file: "fileTypeRefused" } });
    expect(await asUser(member, () => addCommitteeDocument(study, null, IP))).toEqual({ ok: false, fieldErrors: { file: "fileEmpty" } });
    expect(await db.committeeDocument.count()).toBe(0);
  });

  it("only the member who added a file, or the chair, removes it", async () => {
    const added = await asUser(member, () => addCommitteeDocument(study, { name: "etude.pdf", bytes: makePdf(["Draft"]) }, IP));
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(await asUser(rapporteur, () => removeCommitteeDocument(added.data.id, IP))).toEqual({ ok: false, formError: "forbidden" });
    expect(await asUser(chair, () => removeCommitteeDocument(added.data.id, IP))).toEqual({ ok: true, data: { id: added.data.id, space: "EQUALITY_COMMITTEE" } });
    expect(await asUser(member, () => getCommitteeDocumentFile(added.data.id))).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "equality.document_removed", actorId: chair.id } })).toBe(1);
  });
});

describe("the internal-audit committee's working papers", () => {
  it("are a library of their own: auditors read and add them; the equality committee's members do not, and the reverse", async () => {
    const auditor = await createUser({ roles: ["CITIZEN", "AUDITOR"], name: "Auditor" });
    const paper = CommitteeDocumentSchema.parse({ title: "Programme d'audit 2027", kind: "DRAFT", space: "INTERNAL_AUDIT" });
    const added = await asUser(auditor, () => addCommitteeDocument(paper, { name: "programme.pdf", bytes: makePdf(["Audit 2027"]) }, IP));
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.data.space).toBe("INTERNAL_AUDIT");
    expect((await asUser(auditor, () => listCommitteeDocuments("INTERNAL_AUDIT"))).map((d) => d.title)).toEqual(["Programme d'audit 2027"]);
    expect(await asUser(auditor, () => getCommitteeDocumentFile(added.data.id))).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "internal_audit.document_added", actorId: auditor.id } })).toBe(1);

    // The equality committee's chair sees none of it, and the auditor nothing of the committee's.
    await expect(asUser(chair, () => listCommitteeDocuments("INTERNAL_AUDIT"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(chair, () => getCommitteeDocumentFile(added.data.id))).toBeNull();
    expect(await getCommitteeDocumentFile(added.data.id)).toBeNull();
    await expect(asUser(chair, () => removeCommitteeDocument(added.data.id, IP))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(auditor, () => listCommitteeDocuments("EQUALITY_COMMITTEE"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(chair, () => listCommitteeDocuments())).toEqual([]);
    // Working papers are not attached to the equality committee's minutes.
    const meetingId = await pastMeeting();
    expect(await asUser(auditor, () => addCommitteeDocument({ ...paper, meetingId }, { name: "x.pdf", bytes: makePdf(["x"]) }, IP))).toEqual({ ok: false, formError: "notFound" });
    expect(await asUser(auditor, () => removeCommitteeDocument(added.data.id, IP))).toEqual({ ok: true, data: { id: added.data.id, space: "INTERNAL_AUDIT" } });
  });
});

describe("attachments of minutes and opinions", () => {
  it("stay with the members until the minutes are published, then are public and final", async () => {
    const meetingId = await pastMeeting();
    const input = CommitteeDocumentSchema.parse({ title: "لائحة الحضور", kind: "OTHER", meetingId: String(meetingId) });
    const attached = await asUser(rapporteur, () => addCommitteeDocument(input, { name: "presence.pdf", bytes: makePdf(["Presence"]) }, IP));
    if (!attached.ok) throw new Error(JSON.stringify(attached));
    expect(attached.data).toEqual({ id: attached.data.id, meetingId, opinionId: null, space: "EQUALITY_COMMITTEE" });
    expect(await asUser(outsider, () => getCommitteeDocumentFile(attached.data.id))).toBeNull();
    expect(await asUser(member, () => getCommitteeDocumentFile(attached.data.id))).not.toBeNull();

    const published = await asUser(rapporteur, () => saveCommitteeMinutes(MinutesSchema.parse({ meetingId: String(meetingId), minutes: "محضر", publish: "on" }), IP));
    expect(published).toMatchObject({ ok: true, data: { published: true } });
    expect((await getPublicMeeting(meetingId))?.attachments.map((a) => a.title)).toEqual(["لائحة الحضور"]);
    // Anyone, signed in or not, opens it now.
    expect(await getCommitteeDocumentFile(attached.data.id)).not.toBeNull();
    expect(await asUser(rapporteur, () => addCommitteeDocument(input, { name: "late.pdf", bytes: makePdf(["Late"]) }, IP))).toEqual({ ok: false, formError: "attachmentsClosed" });
    expect(await asUser(rapporteur, () => removeCommitteeDocument(attached.data.id, IP))).toEqual({ ok: false, formError: "attachmentsClosed" });
  });

  it("of a draft opinion are private; a missing record is refused", async () => {
    const opinionId = await draftOpinion();
    const attached = await asUser(member, () => addCommitteeDocument(CommitteeDocumentSchema.parse({ title: "Annexe", kind: "OTHER", opinionId: String(opinionId) }), { name: "a.pdf", bytes: makePdf(["Annexe"]) }, IP));
    if (!attached.ok) throw new Error(JSON.stringify(attached));
    expect(await getCommitteeDocumentFile(attached.data.id)).toBeNull();
    expect((await asUser(member, () => getWorkspaceOpinion(opinionId)))?.opinion.attachments.map((a) => a.title)).toEqual(["Annexe"]);
    const missing = CommitteeDocumentSchema.parse({ title: "x", kind: "OTHER", opinionId: "999999" });
    expect(await asUser(member, () => addCommitteeDocument(missing, { name: "a.pdf", bytes: makePdf(["x"]) }, IP))).toEqual({ ok: false, formError: "notFound" });
  });
});

describe("the gender statistics", () => {
  async function fileAPetition(owner: TestUser, status: "DRAFT" | "COLLECTING" = "COLLECTING") {
    await db.petition.create({ data: { kind: "CITIZENS", subject: "إصلاح الطريق", reasons: "-", objectives: "-", ownerId: owner.id, threshold: 200, status } });
  }

  it("count members, attendances and filers by gender, and publish declared genders only from five declarations on", async () => {
    const meetingId = await pastMeeting();
    await db.committeeMeetingInvitee.updateMany({ where: { meetingId }, data: { attended: true } });
    const filers = await Promise.all(["WOMAN", "WOMAN", "MAN", "WOMAN"].map((gender) => createUser({ roles: ["CITIZEN"] }).then(async (user) => {
      await db.user.update({ where: { id: user.id }, data: { declaredGender: gender as "WOMAN" | "MAN" } });
      return user;
    })));
    for (const filer of filers) await fileAPetition(filer);
    await fileAPetition(outsider);
    await fileAPetition(outsider, "DRAFT");

    let stats = await getGenderStatistics();
    expect(stats.composition).toMatchObject({ total: 3, women: 2, men: 1 });
    expect(stats.meetingAttendances).toEqual({ women: 2, men: 1, undeclared: 0 });
    // Four declarations: too few to publish without pointing at people.
    expect(stats.petitionFilers).toEqual({ split: null, declared: 4 });

    const fifth = await createUser({ roles: ["CITIZEN"] });
    await db.user.update({ where: { id: fifth.id }, data: { declaredGender: "MAN" } });
    await fileAPetition(fifth);
    stats = await getGenderStatistics();
    // The draft is not counted; the filer who declared nothing is counted as undeclared.
    expect(stats.petitionFilers).toEqual({ split: { women: 3, men: 2, undeclared: 1 }, declared: 5 });
    expect(stats.projects.map((row) => [row.tag, row.total])).toEqual([["SENSITIVE", 0], ["TARGETED", 0]]);
  });
});
