// The action programme's staff side and the engagement of signed-in people (lib/programme/service.ts),
// against the real database: progress history, status changes, follows and their notices,
// questions and official answers, the difficulties register, and who may do what.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { listMyNotifications, markAllMyNotificationsRead } from "@/lib/notifications/queries";
import { EvidenceWithdrawalSchema, ProgressUpdateSchema, ProjectUpdateSchema, type ProjectUpdateInput } from "@/lib/programme/schemas";
import {
  answerComment,
  answerDifficulty,
  createProject,
  getProjectEngagement,
  listProjectsForStaff,
  postComment,
  recordProgressUpdate,
  reportDifficulty,
  setCommentHidden,
  setFollow,
  updateProject,
  withdrawEvidence,
} from "@/lib/programme/service";
import { GET as getEvidenceFile } from "@/app/api/files/evidence/[id]/route";
import { setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { asUser, createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.44";
let uploadDir: string;
let projectId: number;
let staff: TestUser;

async function resetProgramme(): Promise<void> {
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE programmes, plan_axes, douars, projects, notifications, project_follows, project_comments, difficulties, progress_updates, evidence RESTART IDENTITY CASCADE",
  );
}

async function createFixtures() {
  const programme = await db.programme.create({
    data: { startYear: 2022, endYear: 2027, titleAr: "برنامج عمل الجماعة 2022-2027", titleFr: "Programme d'action 2022-2027" },
  });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "المحور الأول", titleFr: "Premier axe" } });
  const douar = await db.douar.create({ data: { slug: "douar-test", nameAr: "دوار تجريبي", nameFr: "Douar test", isDemo: true } });
  const project = await db.project.create({
    data: {
      programmeId: programme.id, axisId: axis.id, code: "T-01", titleAr: "تهيئة الطريق", titleFr: "Aménagement de la route",
      descriptionAr: "وصف", descriptionFr: "Description", competence: "OWN", startYear: 2023, endYear: 2025, status: "IN_PROGRESS",
    },
  });
  return { programme, axis, douar, project };
}

function progress(values: Partial<Record<string, string>> = {}) {
  return ProgressUpdateSchema.parse({ projectId: String(projectId), physicalPercent: "20", financialPercent: "10", ...values });
}

/** The edit form's input for the project as it is now, with some values changed. */
async function editInput(values: Partial<ProjectUpdateInput> = {}): Promise<ProjectUpdateInput> {
  const p = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { douars: true, partners: true } });
  const current = ProjectUpdateSchema.parse({
    projectId: String(p.id), programmeId: String(p.programmeId), axisId: String(p.axisId), titleAr: p.titleAr, titleFr: p.titleFr,
    descriptionAr: p.descriptionAr, descriptionFr: p.descriptionFr, competence: p.competence, genderTag: p.genderTag,
    wholeCommune: p.wholeCommune ? "on" : undefined, douarIds: p.douars.map((d) => String(d.douarId)),
    partnerIds: p.partners.map((a) => String(a.associationId)),
    startYear: String(p.startYear), endYear: String(p.endYear), status: p.status,
    statusReasonAr: p.statusReasonAr ?? "", statusReasonFr: p.statusReasonFr ?? "",
  });
  return { ...current, ...values };
}

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: "#7a5" } })
    .jpeg()
    .withExif({ IFD0: { Make: "FieldCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 17/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "2/1 1/1 0/1" } })
    .toBuffer();
}

async function storedFiles(): Promise<string[]> {
  const buckets = await readdir(uploadDir).catch(() => [] as string[]);
  const files = await Promise.all(buckets.map((b) => readdir(path.join(uploadDir, b))));
  return files.flat();
}

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "musharaka-evidence-"));
  setFileStore(new LocalFileStore(uploadDir));
});

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await resetProgramme();
  await rm(uploadDir, { recursive: true, force: true });
  ({ project: { id: projectId } } = await createFixtures());
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"], name: "Staff Editor" });
});

afterAll(async () => {
  signOut();
  setFileStore(undefined);
  await rm(uploadDir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("progress updates", () => {
  it("are appended, never overwrite the history, move the project's latest figures, and are audited", async () => {
    await signInAs(staff);
    const first = await recordProgressUpdate(progress({ physicalPercent: "20", financialPercent: "10", noteAr: "انطلاق الأشغال" }), [], IP);
    expect(first.ok).toBe(true);
    const photo = await photoWithGps();
    const second = await recordProgressUpdate(
      progress({ physicalPercent: "45", financialPercent: "30", committedMad: "1 200 000", spentMad: "٥٠٠٠٠٠" }),
      [{ name: "chantier.jpg", bytes: photo }],
      IP,
    );
    expect(second.ok).toBe(true);

    const updates = await db.progressUpdate.findMany({ where: { projectId }, orderBy: { id: "asc" }, include: { evidence: true } });
    expect(updates.map((u) => [u.physicalPercent, u.financialPercent, u.authorId])).toEqual([
      [20, 10, staff.id],
      [45, 30, staff.id],
    ]);
    expect(updates[0]!.noteAr).toBe("انطلاق الأشغال");
    expect([updates[1]!.committedMad, updates[1]!.spentMad]).toEqual([1_200_000, 500_000]);
    const latest = await db.progressUpdate.findFirst({ where: { projectId }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }] });
    expect([latest?.physicalPercent, latest?.financialPercent]).toEqual([45, 30]);

    // The evidence is a re-encoded JPEG without EXIF, stored outside public/.
    const [evidence] = updates[1]!.evidence;
    expect(evidence).toMatchObject({ kind: "PHOTO", mimeType: "image/jpeg" });
    const bytes = (await new LocalFileStore(uploadDir).get(evidence!.storageKey))!.bytes;
    expect(bytes.length).toBe(evidence!.bytes);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();

    const audit = await db.auditEvent.findMany({ where: { action: "progress.recorded" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actorId: staff.id, targetType: "project", targetId: String(projectId), ip: IP });
    expect(audit[1]!.before).toMatchObject({ physicalPercent: 20, financialPercent: 10 });
    expect(audit[1]!.after).toMatchObject({ physicalPercent: 45, financialPercent: 30, evidence: [{ kind: "PHOTO" }] });

    // The database itself refuses to rewrite history.
    await expect(db.progressUpdate.update({ where: { id: updates[0]!.id }, data: { physicalPercent: 99 } })).rejects.toThrow(/append-only/);
  });

  it("refuses a file that is not what it claims, and writes nothing, not even the other files", async () => {
    await signInAs(staff);
    const result = await recordProgressUpdate(
      progress(),
      [
        { name: "ok.jpg", bytes: await photoWithGps() },
        { name: "photo.jpg", bytes: Buffer.from("<html><script>alert(1)</script></html>") },
      ],
      IP,
    );
    expect(result).toEqual({ ok: false, fieldErrors: { files: "fileTypeRefused" } });
    expect(await db.progressUpdate.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("cannot be recorded by a citizen (ForbiddenError) or anonymously, and nothing is written", async () => {
    const citizen = await createUser({ roles: ["CITIZEN"] });
    await signInAs(citizen);
    await expect(recordProgressUpdate(progress(), [{ name: "a.jpg", bytes: await photoWithGps() }], IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateProject(await editInput({ status: "COMPLETED" }), IP)).rejects.toBeInstanceOf(ForbiddenError);
    signOut();
    await expect(recordProgressUpdate(progress(), [], IP)).rejects.toBeInstanceOf(UnauthenticatedError);

    expect(await db.progressUpdate.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("IN_PROGRESS");
  });
});

describe("withdrawing evidence", () => {
  const fetchFile = (id: number) => getEvidenceFile(new Request(`http://portal.test/api/files/evidence/${id}`), { params: Promise.resolve({ id: String(id) }) });

  it("deletes the file, keeps who withdrew it, when and why (audited), and the file route answers 410", async () => {
    await signInAs(staff);
    const recorded = await recordProgressUpdate(progress(), [{ name: "chantier.jpg", bytes: await photoWithGps() }], IP);
    expect(recorded.ok).toBe(true);
    const evidence = await db.evidence.findFirstOrThrow();
    expect((await fetchFile(evidence.id)).status).toBe(200);
    expect(await storedFiles()).toHaveLength(1);

    const input = EvidenceWithdrawalSchema.parse({ evidenceId: String(evidence.id), reason: "تظهر في الصورة وجوه أطفال" });
    expect(await withdrawEvidence(input, IP)).toEqual({ ok: true, data: { code: "T-01" } });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ withdrawnReason: "تظهر في الصورة وجوه أطفال", withdrawnById: staff.id });
    expect(await storedFiles()).toHaveLength(0);
    const gone = await fetchFile(evidence.id);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("cache-control")).toBe("no-store");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evidence.withdrawn" } });
    expect(event).toMatchObject({ actorId: staff.id, targetId: String(projectId), after: { evidenceId: evidence.id, reason: "تظهر في الصورة وجوه أطفال" } });

    // A second withdrawal (a double click) changes nothing.
    expect((await withdrawEvidence(input, IP)).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "evidence.withdrawn" } })).toBe(1);
  });

  it("needs a reason, and is refused to a citizen", async () => {
    await signInAs(staff);
    await recordProgressUpdate(progress(), [{ name: "chantier.jpg", bytes: await photoWithGps() }], IP);
    const evidence = await db.evidence.findFirstOrThrow();
    expect(EvidenceWithdrawalSchema.safeParse({ evidenceId: String(evidence.id), reason: "  " }).error?.issues[0]?.message).toBe("required");
    await signInAs(await createUser({ roles: ["CITIZEN"] }));
    await expect(withdrawEvidence({ evidenceId: evidence.id, reason: "x" }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await storedFiles()).toHaveLength(1);
  });
});

describe("project status", () => {
  it("refuses DELAYED without a reason and changes nothing", async () => {
    await signInAs(staff);
    const result = await updateProject(await editInput({ status: "DELAYED", statusReasonAr: null, statusReasonFr: null }), IP);
    expect(result).toEqual({ ok: false, fieldErrors: { statusReasonAr: "reasonRequired" } });
    // The shared schema says so too, before the service is even called.
    const parsed = ProjectUpdateSchema.safeParse({ ...(await formValues()), status: "DELAYED", statusReasonAr: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual(["statusReasonAr", "reasonRequired"]);

    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("IN_PROGRESS");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("changes with a reason, audits who changed what (before and after) and tells the followers", async () => {
    const follower = await createUser({ locale: "fr-MA" });
    await asUser(follower, async () => expect((await setFollow(projectId, true)).ok).toBe(true));
    await signInAs(staff);
    const result = await updateProject(await editInput({ status: "DELAYED", statusReasonAr: "تأخر الصفقة", statusReasonFr: "Marché retardé" }), IP);
    expect(result).toEqual({ ok: true, data: { code: "T-01", statusChanged: true } });

    const project = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    expect([project.status, project.statusReasonAr, project.statusReasonFr]).toEqual(["DELAYED", "تأخر الصفقة", "Marché retardé"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "project.status_changed" } });
    expect(event).toMatchObject({ actorId: staff.id, targetId: String(projectId), ip: IP });
    expect(event.before).toEqual({ status: "IN_PROGRESS", statusReasonAr: null, statusReasonFr: null });
    expect(event.after).toEqual({ status: "DELAYED", statusReasonAr: "تأخر الصفقة", statusReasonFr: "Marché retardé" });
    // Nothing else changed: no "project.updated" event.
    expect(await db.auditEvent.count({ where: { action: "project.updated" } })).toBe(0);

    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: follower.email } });
    expect(mail.subject).toBe("Projet T-01 désormais « En retard » : Aménagement de la route");
    expect(mail.text).toContain("Motif : Marché retardé");
    expect(await db.notification.count({ where: { userId: follower.id, kind: "programme.status_changed" } })).toBe(1);
  });

  it("audits an edit of the main fields as a diff and replaces the douars", async () => {
    await signInAs(staff);
    const douar = await db.douar.findFirstOrThrow();
    const result = await updateProject(await editInput({ titleFr: "Route de Ain Bni Mathar", wholeCommune: false, douarIds: [douar.id] }), IP);
    expect(result.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "project.updated" } });
    expect(event.before).toEqual({ titleFr: "Aménagement de la route", wholeCommune: true, douarIds: [] });
    expect(event.after).toEqual({ titleFr: "Route de Ain Bni Mathar", wholeCommune: false, douarIds: [douar.id] });
    expect(await db.projectDouar.findMany({ where: { projectId }, select: { douarId: true } })).toEqual([{ douarId: douar.id }]);
  });

  it("sets and changes the partner associations with an audited diff, and refuses one not verified", async () => {
    await signInAs(staff);
    const association = (name: string, verifiedAt: Date | null) =>
      db.association.create({
        data: { name, receiptNumber: "R-1", receiptDate: new Date("2015-03-01"), foundedOn: new Date("2015-01-10"), seatAddress: "بني مطهر", domain: "تنمية", verifiedAt },
      });
    const youth = await association("جمعية الشباب", new Date());
    const women = await association("جمعية النساء", new Date());
    const unverified = await association("جمعية قيد التحقق", null);

    expect((await updateProject(await editInput({ partnerIds: [youth.id, women.id] }), IP)).ok).toBe(true);
    expect((await updateProject(await editInput({ partnerIds: [women.id] }), IP)).ok).toBe(true);
    expect(await db.projectPartner.findMany({ where: { projectId }, select: { associationId: true } })).toEqual([{ associationId: women.id }]);
    const events = await db.auditEvent.findMany({ where: { action: "project.updated" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ partnerIds: [] }, { partnerIds: [youth.id, women.id].sort((a, b) => a - b) }],
      [{ partnerIds: [youth.id, women.id].sort((a, b) => a - b) }, { partnerIds: [women.id] }],
    ]);

    const refused = await updateProject(await editInput({ partnerIds: [women.id, unverified.id] }), IP);
    expect(refused).toEqual({ ok: false, fieldErrors: { partnerIds: "invalidChoice" } });
    expect(await db.projectPartner.count({ where: { projectId } })).toBe(1);
  });
});

async function formValues() {
  const p = await db.project.findUniqueOrThrow({ where: { id: projectId } });
  return {
    projectId: String(p.id), programmeId: String(p.programmeId), axisId: String(p.axisId), titleAr: p.titleAr, titleFr: p.titleFr,
    descriptionAr: p.descriptionAr, descriptionFr: p.descriptionFr, competence: p.competence, genderTag: p.genderTag,
    wholeCommune: "on", startYear: String(p.startYear), endYear: String(p.endYear),
  };
}

describe("creating a project", () => {
  it("creates it with an audit event, and refuses a code already taken", async () => {
    await signInAs(staff);
    const { programmeId, axisId, ...rest } = await formValues();
    const input = ProjectUpdateSchema.parse({ ...rest, projectId: "1", programmeId, axisId, status: "PLANNED" });
    const created = await createProject({ ...input, code: "T-02" }, IP);
    expect(created).toEqual({ ok: true, data: { id: expect.any(Number), code: "T-02" } });
    expect(await db.auditEvent.count({ where: { action: "project.created", targetId: String(created.ok && created.data.id) } })).toBe(1);
    expect(await createProject({ ...input, code: "T-01" }, IP)).toEqual({ ok: false, fieldErrors: { code: "codeTaken" } });
    expect(await createProject({ ...input, code: "T-03", startYear: 2019 }, IP)).toEqual({ ok: false, fieldErrors: { startYear: "outsideProgramme" } });
  });
});

describe("the staff project list", () => {
  it("comes a page at a time, by axis and code, with the total", async () => {
    await signInAs(staff);
    const base = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    await db.project.createMany({
      data: Array.from({ length: 31 }, (_, i) => ({
        programmeId: base.programmeId, axisId: base.axisId, code: `U-${String(i + 1).padStart(2, "0")}`, titleAr: "مشروع", titleFr: "Projet",
        descriptionAr: "وصف", descriptionFr: "Description", competence: "OWN" as const, startYear: 2023, endYear: 2024,
      })),
    });
    const first = await listProjectsForStaff(1);
    const second = await listProjectsForStaff(2);
    expect(first.total).toBe(32);
    expect(first.projects).toHaveLength(30);
    expect(second.projects.map((p) => p.code)).toEqual(["U-30", "U-31"]);
    expect(first.projects[0]!.code).toBe("T-01");
  });
});

describe("following a project", () => {
  it("gives each follower one notice and one e-mail in their language, none to others, none twice", async () => {
    const arabic = await createUser({ locale: "ar-MA", name: "فاطمة" });
    const french = await createUser({ locale: "fr-MA", name: "Karim" });
    const bystander = await createUser({ locale: "fr-MA" });
    await asUser(arabic, async () => {
      await setFollow(projectId, true);
      await setFollow(projectId, true); // twice is still once
    });
    await asUser(french, () => setFollow(projectId, true));
    await asUser(staff, () => setFollow(projectId, true)); // the author of the update is not told of it

    await signInAs(staff);
    const result = await recordProgressUpdate(progress({ physicalPercent: "60", financialPercent: "40", noteFr: "Bitume posé" }), [], IP);
    expect(result.ok && result.data.notified).toBe(2);

    const notices = await db.notification.findMany({ orderBy: { id: "asc" } });
    expect(notices.map((n) => [n.userId, n.kind, n.targetType, n.targetId])).toEqual(
      expect.arrayContaining([
        [arabic.id, "programme.progress_recorded", "project", String(projectId)],
        [french.id, "programme.progress_recorded", "project", String(projectId)],
      ]),
    );
    expect(notices).toHaveLength(2);

    const mails = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.toAddress).sort()).toEqual([arabic.email, french.email].sort());
    const ar = mails.find((m) => m.toAddress === arabic.email)!;
    const fr = mails.find((m) => m.toAddress === french.email)!;
    expect(ar.subject).toBe("تقدم جديد في المشروع T-01: تهيئة الطريق");
    expect(ar.text).toContain("مرحبا \u2068فاطمة\u2069،");
    expect(ar.text).toMatch(/http:\/\/localhost:3000\/programme\/projects\/T-01(\s|$)/);
    expect(ar.html).toContain('dir="rtl"');
    expect(fr.subject).toBe("Nouvel avancement du projet T-01 : Aménagement de la route");
    expect(fr.text).toContain("Bonjour \u2068Karim\u2069,");
    expect(fr.text).toContain("Note de la commune : Bitume posé");
    expect(fr.text).toContain("http://localhost:3000/fr/programme/projects/T-01");
    expect(fr.html).toContain('dir="ltr"');
    expect(await db.outboxMessage.count({ where: { toAddress: { in: [bystander.email, staff.email] } } })).toBe(0);

    // The follower's notices page: unread first; marking all read.
    await asUser(french, async () => {
      const list = await listMyNotifications();
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ kind: "programme.progress_recorded", read: false, payload: { code: "T-01", physicalPercent: 60 } });
      expect(await markAllMyNotificationsRead()).toBe(1);
      expect((await listMyNotifications())[0]!.read).toBe(true);
    });
  });

  it("stops the notices once the person unfollows", async () => {
    const follower = await createUser();
    await asUser(follower, () => setFollow(projectId, true));
    await signInAs(staff);
    await recordProgressUpdate(progress(), [], IP);
    await asUser(follower, async () => expect(await setFollow(projectId, false)).toEqual({ ok: true, data: { following: false, code: "T-01" } }));
    await recordProgressUpdate(progress({ physicalPercent: "30" }), [], IP);

    expect(await db.notification.count({ where: { userId: follower.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { toAddress: follower.email } })).toBe(1);
    expect(await db.projectFollow.count()).toBe(0);
  });

  it("needs an account", async () => {
    await expect(setFollow(projectId, true)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("questions and official answers", () => {
  it("publishes a question, then the commune's official answer, and tells the person who asked", async () => {
    const citizen = await createUser({ locale: "ar-MA" });
    const posted = await asUser(citizen, () => postComment({ projectId, kind: "QUESTION", body: "متى تنتهي الأشغال في هذا الطريق؟" }));
    expect(posted.ok).toBe(true);
    const questionId = posted.ok ? posted.data.id : 0;

    // A citizen cannot give the commune's answer.
    await expect(asUser(citizen, () => answerComment({ commentId: questionId, body: "غدا" }, IP))).rejects.toBeInstanceOf(ForbiddenError);

    signOut();
    let publicView = await getProjectEngagement(projectId);
    expect(publicView.comments).toEqual([expect.objectContaining({ id: questionId, kind: "QUESTION", answers: [], mine: false })]);
    expect(publicView.viewer.signedIn).toBe(false);

    await signInAs(staff);
    const answered = await answerComment({ commentId: questionId, body: "تنتهي الأشغال في يونيو 2026." }, IP);
    expect(answered).toEqual({ ok: true, data: { answerId: expect.any(Number), code: "T-01" } });
    const answer = await db.projectComment.findFirstOrThrow({ where: { parentId: questionId } });
    expect(answer).toMatchObject({ kind: "OFFICIAL_ANSWER", authorId: staff.id, projectId });
    expect(await db.auditEvent.count({ where: { action: "comment.answered", targetId: String(questionId), actorId: staff.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: citizen.id, kind: "programme.comment_answered" } })).toBe(1);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { toAddress: citizen.email } })).subject).toBe("جواب الجماعة على سؤالكم حول المشروع T-01");

    signOut();
    publicView = await getProjectEngagement(projectId);
    expect(publicView.comments[0]!.answers).toEqual([expect.objectContaining({ body: "تنتهي الأشغال في يونيو 2026." })]);
    // An answer cannot itself be answered.
    await signInAs(staff);
    expect(await answerComment({ commentId: answer.id, body: "…" }, IP)).toEqual({ ok: false, formError: "notFound" });
    // The author sees their own post marked as theirs.
    expect((await asUser(citizen, () => getProjectEngagement(projectId))).comments[0]!.mine).toBe(true);
  });
});

describe("moderating questions and observations", () => {
  it("hides a post from the public page and shows it again, each step audited, never deleting it", async () => {
    const citizen = await createUser({ locale: "ar-MA" });
    const posted = await asUser(citizen, () => postComment({ projectId, kind: "OBSERVATION", body: "ملاحظة خارجة عن الموضوع" }));
    const commentId = posted.ok ? posted.data.id : 0;

    await expect(asUser(citizen, () => setCommentHidden(commentId, true, IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.projectComment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).toBeNull();

    await signInAs(staff);
    expect(await setCommentHidden(commentId, true, IP)).toEqual({ ok: true, data: { code: "T-01" } });
    signOut();
    expect((await getProjectEngagement(projectId)).comments.map((c) => c.id)).not.toContain(commentId);
    expect(await db.projectComment.count({ where: { id: commentId } })).toBe(1);

    await signInAs(staff);
    // Hiding what is already hidden changes nothing and records nothing.
    await setCommentHidden(commentId, true, IP);
    expect(await setCommentHidden(commentId, false, IP)).toEqual({ ok: true, data: { code: "T-01" } });
    signOut();
    expect((await getProjectEngagement(projectId)).comments.map((c) => c.id)).toContain(commentId);
    const events = await db.auditEvent.findMany({ where: { targetType: "project_comment", targetId: String(commentId) }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["comment.hidden", staff.id],
      ["comment.shown", staff.id],
    ]);
  });
});

describe("the difficulties register", () => {
  it("moves a difficulty from received to resolved, each step audited, public, and told to the reporter", async () => {
    const association = await createUser({ roles: ["ASSOCIATION_REP"], locale: "fr-MA" });
    const reported = await asUser(association, () => reportDifficulty({ projectId, body: "Le chantier bloque l'accès à l'école du douar." }));
    expect(reported.ok).toBe(true);
    const difficultyId = reported.ok ? reported.data.id : 0;

    signOut();
    expect((await getProjectEngagement(projectId)).difficulties).toEqual([
      expect.objectContaining({ id: difficultyId, status: "RECEIVED", answer: null, body: "Le chantier bloque l'accès à l'école du douar." }),
    ]);

    await signInAs(staff);
    expect(await answerDifficulty({ difficultyId, status: "UNDER_STUDY", answer: null }, IP)).toEqual({ ok: true, data: { code: "T-01" } });
    expect(await answerDifficulty({ difficultyId, status: "RECEIVED", answer: null }, IP)).toEqual({ ok: false, fieldErrors: { status: "statusTransition" } });
    expect(await answerDifficulty({ difficultyId, status: "ANSWERED", answer: null }, IP)).toEqual({ ok: false, fieldErrors: { answer: "answerRequired" } });
    expect((await answerDifficulty({ difficultyId, status: "ANSWERED", answer: "Un passage piéton sera ouvert lundi." }, IP)).ok).toBe(true);

    signOut();
    expect((await getProjectEngagement(projectId)).difficulties[0]).toMatchObject({ status: "ANSWERED", answer: "Un passage piéton sera ouvert lundi." });

    await signInAs(staff);
    expect((await answerDifficulty({ difficultyId, status: "RESOLVED", answer: null }, IP)).ok).toBe(true);
    expect(await answerDifficulty({ difficultyId, status: "UNDER_STUDY", answer: null }, IP)).toEqual({ ok: false, formError: "difficultyClosed" });

    const row = await db.difficulty.findUniqueOrThrow({ where: { id: difficultyId } });
    // The answer given stays when the status moves on without a new text.
    expect(row).toMatchObject({ status: "RESOLVED", answer: "Un passage piéton sera ouvert lundi.", answeredById: staff.id });
    const events = await db.auditEvent.findMany({ where: { action: "difficulty.updated", targetId: String(difficultyId) }, orderBy: { id: "asc" } });
    expect(events.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ["RECEIVED", "UNDER_STUDY"],
      ["UNDER_STUDY", "ANSWERED"],
      ["ANSWERED", "RESOLVED"],
    ]);
    const mails = await db.outboxMessage.findMany({ where: { toAddress: association.email }, orderBy: { id: "asc" } });
    expect(mails.map((m) => m.subject)).toEqual([
      "Difficulté signalée sur le projet T-01 : À l'étude",
      "Difficulté signalée sur le projet T-01 : Répondue",
      "Difficulté signalée sur le projet T-01 : Résolue",
    ]);
  });

  it("cannot be answered by a citizen, and needs an account to report", async () => {
    const citizen = await createUser();
    const reported = await asUser(citizen, () => reportDifficulty({ projectId, body: "Les travaux sont arrêtés depuis un mois." }));
    const difficultyId = reported.ok ? reported.data.id : 0;
    await expect(asUser(citizen, () => answerDifficulty({ difficultyId, status: "RESOLVED", answer: "ok" }, IP))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportDifficulty({ projectId, body: "Sans compte, pas de signalement." })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await db.difficulty.findUniqueOrThrow({ where: { id: difficultyId } })).status).toBe("RECEIVED");
    expect(await db.auditEvent.count()).toBe(0);
  });
});
