import "server-only";
// Petitions' writes: create, open for signatures, sign and withdraw online, file (receipt at once),
// and the bureau's side: paper signatures, review, invalid signatures, the reasoned decision.
// Every function checks the caller itself. The CIN is normalized, encrypted, and compared only
// through its keyed hash scoped to the petition: the unique index makes "one signature per
// person per petition" hold under any concurrency, online and on paper alike.
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { requirePermission, requireUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { encryptIdNumber, encryptPersonalFile, idNumberHash } from "@/lib/security/personal-data";
import { ordinarySession, placePetitionOnAgenda } from "@/lib/sessions/agenda";
import { fileStore } from "@/lib/storage";
import { processEvidenceFile, uploadErrorKey } from "@/lib/uploads/evidence";
import { notifyPetition } from "./notify";
import {
  acceptanceBlockers,
  answerDueDate,
  canFile,
  canTransition,
  communeDate,
  isCollecting,
  nextOrdinarySession,
  signatureThreshold,
  toDateColumn,
  unmetAssociationConditions,
  DEFAULT_ORDINARY_MONTHS,
  type AssociationCondition,
  type PetitionStatus,
} from "./rules";
import type { CouncilDecisionInput, DecisionInput, InvalidateInput, PaperSignatureInput, PetitionInput, SignatureInput } from "./schemas";
import type { ServiceResult } from "@/lib/forms/form-state";


/** Creation is rate-limited per account (abuse brake): this many petitions a day. */
export const PETITIONS_PER_DAY = 3;
/** Signing is rate-limited per account and per address (a shared café connection signs for many). */
export const SIGNATURES_PER_HOUR_PER_ACCOUNT = 20;
export const SIGNATURES_PER_HOUR_PER_ADDRESS = 120;

const ASSOCIATION_ERROR: Record<AssociationCondition, string> = { verified: "associationVerified", age: "associationAge", seat: "associationSeat" };

/** The attachments an association's petition must carry (decree 2.16.403 art. 4). */
export const ASSOCIATION_ATTACHMENTS = ["FINAL_RECEIPT", "STATUTES", "MANDATE"] as const;
export type AttachmentKind = (typeof ASSOCIATION_ATTACHMENTS)[number];
export type UploadedAttachment = { kind: AttachmentKind; name: string; bytes: Uint8Array };
/** A copy of a signatory's identity card (decree 2.16.403 art. 3): a photo or a PDF. */
export type UploadedIdCopy = { name: string; bytes: Uint8Array };

/**
 * Checks a copy of an identity card (photos are re-encoded without their metadata) and stores it
 * encrypted; only the bureau can read it back (queries.ts getSignatureIdCopy).
 */
async function storeIdCopy(copy: UploadedIdCopy | null): Promise<{ ok: true; key: string | null; mimeType: string | null } | { ok: false; error: string }> {
  if (!copy) return { ok: true, key: null, mimeType: null };
  const processed = await processEvidenceFile(copy.bytes, { name: copy.name });
  if (!processed.ok) return { ok: false, error: uploadErrorKey(processed.error) };
  const key = await fileStore().put(encryptPersonalFile(processed.file.bytes), { contentType: "application/octet-stream" });
  return { ok: true, key, mimeType: processed.file.mimeType };
}

/** Removes a stored copy that no row came to name (the signature was refused or already there). */
async function dropIdCopy(key: string | null): Promise<void> {
  if (key) await fileStore().delete(key);
}

/** Locks the petition until the transaction ends. `share` lets signatures in side by side while a filing waits for them. */
async function lockPetition(tx: Tx, id: number, mode: "share" | "update") {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM petitions WHERE id = ${id} FOR SHARE`
      : await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM petitions WHERE id = ${id} FOR UPDATE`;
  return rows[0] ? (rows[0].status.toUpperCase() as PetitionStatus) : null;
}

async function communeRules() {
  const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { legalPopulation: true, hasArrondissements: true, ordinarySessionMonths: true } });
  if (!settings) throw new Error("The commune's settings are missing: run the seed or the setup first");
  return { ...settings, ordinarySessionMonths: settings.ordinarySessionMonths.length ? settings.ordinarySessionMonths : [...DEFAULT_ORDINARY_MONTHS] };
}

/** The verified association `user` represents, with what art. 124 needs. */
async function representedAssociation(user: SessionUser) {
  return db.association.findFirst({
    where: { representativeId: user.id },
    orderBy: { id: "asc" },
    select: { id: true, name: true, foundedOn: true, verifiedAt: true, hasBranchInCommune: true, seatAddress: true },
  });
}

function associationProblems(association: NonNullable<Awaited<ReturnType<typeof representedAssociation>>>, on: Date): AssociationCondition[] {
  const founded = association.foundedOn;
  return unmetAssociationConditions(
    {
      verifiedAt: association.verifiedAt,
      foundedOn: { year: founded.getUTCFullYear(), month: founded.getUTCMonth() + 1, day: founded.getUTCDate() },
      // The seat or branch in the commune is declared by the association and confirmed when the commune verifies it.
      seatOrBranchInCommune: association.hasBranchInCommune || association.verifiedAt !== null,
    },
    communeDate(on),
  );
}

// ---------------------------------------------------------------------------------------------
// Mandataire / representative
// ---------------------------------------------------------------------------------------------

export async function createPetition(input: PetitionInput, attachments: UploadedAttachment[], now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("petitions.create");
  let associationId: number | null = null;
  if (input.kind === "ASSOCIATION") {
    if (!can(user.roles, "petitions.file_for_association")) return { ok: false, fieldErrors: { kind: "associationRequired" } };
    const association = await representedAssociation(user);
    if (!association) return { ok: false, fieldErrors: { kind: "associationRequired" } };
    const unmet = associationProblems(association, now);
    if (unmet.length) return { ok: false, formError: ASSOCIATION_ERROR[unmet[0]!] };
    const declarations: Record<string, string> = {};
    if (!input.declaredGoodStanding) declarations.declaredGoodStanding = "declarationRequired";
    if (!input.declaredRelatedActivity) declarations.declaredRelatedActivity = "declarationRequired";
    const missing = ASSOCIATION_ATTACHMENTS.filter((kind) => !attachments.some((a) => a.kind === kind));
    for (const kind of missing) declarations[`file_${kind}`] = "attachmentsRequired";
    if (Object.keys(declarations).length) return { ok: false, fieldErrors: declarations };
    associationId = association.id;
  }
  // A petition may grow from a forum topic that the public can see.
  if (input.forumTopicId && !(await db.forumTopic.count({ where: { id: input.forumTopicId, hiddenAt: null } }))) return { ok: false, formError: "topicUnavailable" };
  const limit = await hitRateLimit(`petitions.create:${user.id}`, PETITIONS_PER_DAY, 86_400);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  // Files are checked and stored before the transaction; a failed transaction removes them again.
  const stored: { kind: AttachmentKind; storageKey: string; mimeType: string; bytes: number }[] = [];
  for (const attachment of associationId ? attachments : []) {
    const processed = await processEvidenceFile(attachment.bytes, { name: attachment.name });
    if (!processed.ok) {
      await Promise.all(stored.map((s) => fileStore().delete(s.storageKey)));
      return { ok: false, fieldErrors: { [`file_${attachment.kind}`]: uploadErrorKey(processed.error) } };
    }
    const storageKey = await fileStore().put(processed.file.bytes, { contentType: processed.file.mimeType });
    stored.push({ kind: attachment.kind, storageKey, mimeType: processed.file.mimeType, bytes: processed.file.bytes.length });
  }
  const commune = await communeRules();
  try {
    const petition = await db.$transaction(async (tx) => {
      const created = await tx.petition.create({
        data: {
          kind: input.kind,
          subject: input.subject,
          reasons: input.reasons,
          objectives: input.objectives,
          ownerId: user.id,
          associationId,
          threshold: signatureThreshold(input.kind, commune),
          declaredAdmissible: input.declaredAdmissible,
          declaredGoodStanding: associationId ? input.declaredGoodStanding : false,
          declaredRelatedActivity: associationId ? input.declaredRelatedActivity : false,
          forumTopicId: input.forumTopicId ?? null,
          attachments: { createMany: { data: stored } },
          follows: { create: { userId: user.id } },
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: user.id, action: "petition.created", targetType: "petition", targetId: String(created.id), after: { kind: input.kind, subject: input.subject, forumTopicId: input.forumTopicId ?? null } });
      return created;
    });
    return { ok: true, data: petition };
  } catch (error) {
    await Promise.all(stored.map((s) => fileStore().delete(s.storageKey)));
    throw error;
  }
}

/** The owner's own petition, for the owner's steps. */
async function ownedPetition(user: SessionUser, id: number) {
  const petition = await db.petition.findUnique({ where: { id }, select: { id: true, ownerId: true, kind: true, subject: true, threshold: true, associationId: true } });
  if (!petition) return { error: "notFound" as const };
  if (petition.ownerId !== user.id) return { error: "notYourPetition" as const };
  return { petition };
}

/** The mandataire opens a citizens' petition for signatures (draft → collecting). */
export async function openForSignatures(petitionId: number): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("petitions.create");
  const found = await ownedPetition(user, petitionId);
  if ("error" in found) return { ok: false, formError: found.error };
  const { petition } = found;
  return db.$transaction(async (tx) => {
    const status = await lockPetition(tx, petition.id, "update");
    if (!status || !canTransition(petition.kind, status, "COLLECTING")) return { ok: false as const, formError: "statusTransition" };
    await tx.petition.update({ where: { id: petition.id }, data: { status: "COLLECTING" } });
    await recordAudit(tx, { actorId: user.id, action: "petition.collecting", targetType: "petition", targetId: String(petition.id) });
    return { ok: true as const, data: { id: petition.id } };
  });
}

/** Valid signatures: those the bureau has not invalidated. */
const VALID = { invalidatedAt: null };

/**
 * Files the petition with the president (art. 125): the receipt (reference, date and time) is
 * issued at once and the three-month answer deadline starts. A citizens' petition needs the
 * threshold's number of signatures; an association's petition is re-checked against art. 124 on
 * the filing date.
 */
export async function filePetition(petitionId: number, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number; reference: string }>> {
  const user = await requirePermission("petitions.create");
  const found = await ownedPetition(user, petitionId);
  if ("error" in found) return { ok: false, formError: found.error };
  const { petition } = found;
  if (petition.associationId) {
    const association = await representedAssociation(user);
    const unmet = association && association.id === petition.associationId ? associationProblems(association, now) : (["verified"] as AssociationCondition[]);
    if (unmet.length) return { ok: false, formError: ASSOCIATION_ERROR[unmet[0]!] };
  }
  const result = await db.$transaction(async (tx) => {
    // FOR UPDATE waits for signatures being written (FOR SHARE) and keeps new ones out until the status changes.
    const status = await lockPetition(tx, petition.id, "update");
    if (!status) return { ok: false as const, formError: "notFound" };
    const signatures = await tx.petitionSignature.count({ where: { petitionId: petition.id, ...VALID } });
    if (!canTransition(petition.kind, status, "FILED")) return { ok: false as const, formError: "statusTransition" };
    if (!canFile(petition.kind, status, signatures, petition.threshold)) return { ok: false as const, formError: "belowThreshold" };
    const reference = `P-${communeDate(now).year}-${String(petition.id).padStart(4, "0")}`;
    await tx.petition.update({
      where: { id: petition.id },
      data: { status: "FILED", reference, filedAt: now, answerDueOn: toDateColumn(answerDueDate(now)) },
    });
    await recordAudit(tx, { actorId: user.id, action: "petition.filed", targetType: "petition", targetId: String(petition.id), after: { reference, signatures }, ip });
    await notifyPetition(tx, petition, "filed", { id: petition.id, reference, subject: petition.subject });
    return { ok: true as const, data: { id: petition.id, reference } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Signatories
// ---------------------------------------------------------------------------------------------

export type SignOutcome = { signed: true } | { alreadySigned: true };

/**
 * Signs online (art. 123). Idempotent: a repeated request by the same account (a double click, a
 * retry) answers "already signed" and stores nothing more; the same CIN from another account is
 * refused. Concurrent signatures never lose one another: each is one INSERT … ON CONFLICT DO
 * NOTHING under a shared lock on the petition's row.
 */
export async function signPetition(input: SignatureInput, ip: string | null, idCopy: UploadedIdCopy | null = null): Promise<ServiceResult<SignOutcome>> {
  const user = await requirePermission("petitions.sign");
  // The three checks before any write, in one round trip (a rush of signatures is mostly these
  // reads): the account's verified e-mail, the petition's kind, an earlier signature by this account.
  const [found] = await db.$queryRaw<{ verified: boolean; kind: string | null; signed: boolean }[]>`
    SELECT u.email_verified_at IS NOT NULL AS verified, p.kind::text AS kind, s.id IS NOT NULL AS signed
    FROM users u
    LEFT JOIN petitions p ON p.id = ${input.petitionId}
    LEFT JOIN petition_signatures s ON s.petition_id = p.id AND s.user_id = u.id
    WHERE u.id = ${user.id}::uuid`;
  if (!found?.verified) return { ok: false, formError: "emailNotVerified" };
  if (found.kind !== "citizens") return { ok: false, formError: "notFound" };
  if (found.signed) return { ok: true, data: { alreadySigned: true } };
  const petition = { id: input.petitionId };
  const perAccount = await hitRateLimit(`petitions.sign:${user.id}`, SIGNATURES_PER_HOUR_PER_ACCOUNT, 3600);
  if (!perAccount.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: perAccount.retryAfterSeconds };
  if (ip) {
    const perAddress = await hitRateLimit(`petitions.sign.ip:${ip}`, SIGNATURES_PER_HOUR_PER_ADDRESS, 3600);
    if (!perAddress.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: perAddress.retryAfterSeconds };
  }
  const copy = await storeIdCopy(idCopy);
  if (!copy.ok) return { ok: false, fieldErrors: { idCopy: copy.error } };
  const hash = idNumberHash(input.idNumber, `petition:${petition.id}`);
  // One statement, no interactive transaction: under a rush of signatures nobody waits for a
  // transaction slot. FOR SHARE lets signatures in side by side, but waits for a filing (FOR
  // UPDATE) and then re-reads the status, so no signature lands after the list is filed.
  const inserted = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO petition_signatures (petition_id, channel, user_id, full_name, id_number_encrypted, id_number_hash, address, basis, id_copy_key, id_copy_mime_type)
    SELECT p.id, 'online', ${user.id}::uuid, ${input.fullName}, ${encryptIdNumber(input.idNumber)}, ${hash}, ${input.address}, ${input.basis.toLowerCase()}::signature_basis, ${copy.key}, ${copy.mimeType}
    FROM petitions p WHERE p.id = ${petition.id} AND p.status = 'collecting'
    FOR SHARE
    ON CONFLICT DO NOTHING
    RETURNING id`;
  if (inserted.length === 1) return { ok: true, data: { signed: true } };
  await dropIdCopy(copy.key);
  // Nothing inserted: the petition does not collect, this account signed meanwhile (a second click), or this CIN is already on it.
  const [current, mine] = await Promise.all([
    db.petition.findUnique({ where: { id: petition.id }, select: { status: true } }),
    db.petitionSignature.findUnique({ where: { petitionId_userId: { petitionId: petition.id, userId: user.id } }, select: { id: true } }),
  ]);
  if (mine) return { ok: true, data: { alreadySigned: true } };
  if (!current || !isCollecting(current.status)) return { ok: false, formError: "notCollecting" };
  return { ok: false, fieldErrors: { idNumber: "cinAlreadySigned" } };
}

/** Withdraws one's own online signature, while the petition still collects (art. 125: filing freezes the list). */
export async function withdrawSignature(petitionId: number): Promise<ServiceResult<{ withdrawn: boolean }>> {
  const user = await requirePermission("petitions.sign");
  return db.$transaction(async (tx) => {
    const status = await lockPetition(tx, petitionId, "share");
    if (!status) return { ok: false as const, formError: "notFound" };
    if (!isCollecting(status)) return { ok: false as const, formError: "notCollecting" };
    const { count } = await tx.petitionSignature.deleteMany({ where: { petitionId, userId: user.id } });
    return { ok: true as const, data: { withdrawn: count > 0 } };
  });
}

/** Follows or stops following a petition; twice changes nothing. */
export async function setPetitionFollow(petitionId: number, follow: boolean): Promise<ServiceResult<{ following: boolean }>> {
  const user = await requireUser();
  const petition = await db.petition.findFirst({ where: { id: petitionId, status: { not: "DRAFT" } }, select: { id: true } });
  if (!petition) return { ok: false, formError: "notFound" };
  if (follow) {
    await db.petitionFollow.upsert({ where: { userId_petitionId: { userId: user.id, petitionId } }, create: { userId: user.id, petitionId }, update: {} });
  } else {
    await db.petitionFollow.deleteMany({ where: { userId: user.id, petitionId } });
  }
  return { ok: true, data: { following: follow } };
}

// ---------------------------------------------------------------------------------------------
// Bureau (petitions.review)
// ---------------------------------------------------------------------------------------------

/**
 * Types in a signature from a paper sheet (decree 2.16.403 annex), marked as paper. The same
 * keyed-hash constraint as online signatures: a CIN already on the petition, online or on paper,
 * is refused.
 */
export async function addPaperSignature(input: PaperSignatureInput, ip: string | null, idCopy: UploadedIdCopy | null = null): Promise<ServiceResult<{ id: number }>> {
  const staff = await requirePermission("petitions.review");
  const hash = idNumberHash(input.idNumber, `petition:${input.petitionId}`);
  const copy = await storeIdCopy(idCopy);
  if (!copy.ok) return { ok: false, fieldErrors: { idCopy: copy.error } };
  const result = await db.$transaction(async (tx) => {
    const status = await lockPetition(tx, input.petitionId, "share");
    if (!status) return { ok: false as const, formError: "notFound" };
    if (!isCollecting(status)) return { ok: false as const, formError: "notCollecting" };
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO petition_signatures (petition_id, channel, full_name, id_number_encrypted, id_number_hash, address, basis, entered_by_id, id_copy_key, id_copy_mime_type)
      VALUES (${input.petitionId}, 'paper', ${input.fullName}, ${encryptIdNumber(input.idNumber)}, ${hash}, ${input.address}, ${input.basis.toLowerCase()}::signature_basis, ${staff.id}::uuid, ${copy.key}, ${copy.mimeType})
      ON CONFLICT (petition_id, id_number_hash) DO NOTHING
      RETURNING id`;
    const row = inserted[0];
    if (!row) return { ok: false as const, fieldErrors: { idNumber: "cinAlreadySigned" } };
    // The audit names the entry, never the CIN.
    await recordAudit(tx, { actorId: staff.id, action: "petition.paper_signature", targetType: "petition", targetId: String(input.petitionId), after: { signatureId: row.id, idCopy: copy.key !== null }, ip });
    return { ok: true as const, data: { id: row.id } };
  });
  if (!result.ok) await dropIdCopy(copy.key);
  return result;
}

/** The bureau takes a filed petition up (filed → under review); the mandataire is told. */
export async function startReview(petitionId: number, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const staff = await requirePermission("petitions.review");
  const result = await db.$transaction(async (tx) => {
    const status = await lockPetition(tx, petitionId, "update");
    const petition = await tx.petition.findUnique({ where: { id: petitionId }, select: { id: true, kind: true, ownerId: true, reference: true, subject: true } });
    if (!status || !petition) return { ok: false as const, formError: "notFound" };
    if (!canTransition(petition.kind, status, "UNDER_REVIEW")) return { ok: false as const, formError: "statusTransition" };
    await tx.petition.update({ where: { id: petitionId }, data: { status: "UNDER_REVIEW", reviewStartedAt: now } });
    await recordAudit(tx, { actorId: staff.id, action: "petition.under_review", targetType: "petition", targetId: String(petitionId), ip });
    await notifyPetition(tx, petition, "under_review", { id: petition.id, reference: petition.reference!, subject: petition.subject });
    return { ok: true as const, data: { id: petitionId } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}

/** Marks a signature invalid, with the bureau's reason (art. 123 conditions); it then no longer counts. */
export async function invalidateSignature(input: InvalidateInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const staff = await requirePermission("petitions.review");
  return db.$transaction(async (tx) => {
    const status = await lockPetition(tx, input.petitionId, "update");
    if (!status) return { ok: false as const, formError: "notFound" };
    if (status !== "UNDER_REVIEW") return { ok: false as const, formError: "notUnderReview" };
    const { count } = await tx.petitionSignature.updateMany({
      where: { id: input.signatureId, petitionId: input.petitionId, invalidatedAt: null },
      data: { invalidatedAt: now, invalidReason: input.reason, invalidatedById: staff.id },
    });
    if (count === 0) return { ok: false as const, formError: "notFound" };
    await recordAudit(tx, { actorId: staff.id, action: "petition.signature_invalidated", targetType: "petition", targetId: String(input.petitionId), after: { signatureId: input.signatureId, reason: input.reason }, ip });
    return { ok: true as const, data: { id: input.signatureId } };
  });
}

/**
 * The bureau's reasoned decision (art. 125). Acceptance needs every checklist item and, for a
 * citizens' petition, enough valid signatures; it places the petition on the agenda of the next
 * ordinary session after the decision (arts. 33, 38), created on demand, referred to a committee.
 * A refusal reaches the mandataire or representative by e-mail and in-app notice.
 */
export async function decidePetition(input: DecisionInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number; sessionId: number | null }>> {
  const staff = await requirePermission("petitions.review");
  const commune = await communeRules();
  const result = await db.$transaction(async (tx) => {
    const status = await lockPetition(tx, input.petitionId, "update");
    const petition = await tx.petition.findUnique({ where: { id: input.petitionId }, select: { id: true, kind: true, ownerId: true, reference: true, subject: true, threshold: true } });
    if (!status || !petition) return { ok: false as const, formError: "notFound" };
    if (!canTransition(petition.kind, status, input.decision)) return { ok: false as const, formError: "notUnderReview" };
    const checklist = { withinCompetence: input.checkCompetence, respectsConstants: input.checkConstants, associationConditions: petition.kind === "ASSOCIATION" ? input.checkAssociation : null };
    if (input.decision === "ACCEPTED") {
      const valid = await tx.petitionSignature.count({ where: { petitionId: petition.id, ...VALID } });
      const blockers = acceptanceBlockers(petition.kind, checklist, valid, petition.threshold);
      if (blockers.length) return { ok: false as const, formError: blockers.includes("threshold") ? "belowThreshold" : "checklistIncomplete" };
    }
    await tx.petition.update({
      where: { id: petition.id },
      data: {
        status: input.decision, decidedAt: now, decidedById: staff.id, decisionReasons: input.reasons,
        checkCompetence: checklist.withinCompetence, checkConstants: checklist.respectsConstants, checkAssociation: checklist.associationConditions,
      },
    });
    const reference = petition.reference!;
    let sessionId: number | null = null;
    let session: { year: number; month: number } | undefined;
    if (input.decision === "ACCEPTED") {
      session = nextOrdinarySession(communeDate(now), commune.ordinarySessionMonths);
      sessionId = (await ordinarySession(tx, session)).id;
      await placePetitionOnAgenda(tx, sessionId, { id: petition.id, subject: petition.subject, reference }, input.referredCommittee);
    }
    await recordAudit(tx, {
      actorId: staff.id, action: `petition.${input.decision.toLowerCase()}`, targetType: "petition", targetId: String(petition.id),
      after: { reasons: input.reasons, ...checklist, sessionId }, ip,
    });
    await notifyPetition(tx, petition, input.decision === "ACCEPTED" ? "accepted" : "rejected", { id: petition.id, reference, subject: petition.subject, reasons: input.reasons, session });
    return { ok: true as const, data: { id: petition.id, sessionId } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}

/**
 * Records the council's deliberation and decision on an accepted petition's agenda item (art. 125:
 * the council deliberates after the committee's study); the owner and followers are told.
 */
export async function recordCouncilDecision(input: CouncilDecisionInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const staff = await requirePermission("petitions.review");
  const result = await db.$transaction(async (tx) => {
    const petition = await tx.petition.findUnique({ where: { id: input.petitionId }, select: { id: true, ownerId: true, status: true, reference: true, subject: true, agendaItem: { select: { id: true, decisionText: true } } } });
    if (!petition || petition.status !== "ACCEPTED" || !petition.agendaItem) return { ok: false as const, formError: "statusTransition" };
    await tx.agendaItem.update({ where: { id: petition.agendaItem.id }, data: { decisionText: input.decision } });
    // The council's decision ends the procedure: the retention period of signatories' data starts (rules.ts signatoryDataPurgeDay).
    await tx.petition.update({ where: { id: petition.id }, data: { councilDecidedAt: new Date() } });
    await recordAudit(tx, { actorId: staff.id, action: "petition.council_decision", targetType: "petition", targetId: String(petition.id), before: { decision: petition.agendaItem.decisionText }, after: { decision: input.decision }, ip });
    await notifyPetition(tx, petition, "council_decision", { id: petition.id, reference: petition.reference!, subject: petition.subject, reasons: input.decision });
    return { ok: true as const, data: { id: petition.id } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}
