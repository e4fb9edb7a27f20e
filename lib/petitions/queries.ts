import "server-only";
// Petitions' reads. Public reads never select a signatory's name, CIN or address: the public sees
// counts and the threshold (design.md §6). Only the bureau's review read decrypts CINs.
import { can } from "@/lib/auth/permissions";
import { getSession, requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decryptIdNumber, decryptPersonalFile, maskIdNumber } from "@/lib/security/personal-data";
import { fileStore } from "@/lib/storage";
import { fromDateColumn, isAnswerLate, medianDecisionDays, signatureThreshold, type PetitionKind, type PetitionStatus } from "./rules";
import { PETITION_KINDS, PETITION_STATUSES } from "./schemas";

/** The commune's threshold for a citizens' petition (art. 123), from its settings; null before setup. */
export async function getPetitionThreshold(): Promise<number | null> {
  const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { legalPopulation: true, hasArrondissements: true } });
  return settings ? signatureThreshold("CITIZENS", settings) : null;
}

/** What the register shows: never a draft (it is its author's alone). */
const PUBLIC: Prisma.PetitionWhereInput = { status: { not: "DRAFT" } };
const VALID_SIGNATURES = { where: { invalidatedAt: null } } as const;

export type RegisterFilters = { status?: PetitionStatus; kind?: PetitionKind; q?: string; page: number };
export const REGISTER_PAGE_SIZE = 20;

export function parseRegisterFilters(params: Record<string, string | string[] | undefined>): RegisterFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const status = PETITION_STATUSES.find((s) => s === one("status") && s !== "DRAFT");
  const kind = PETITION_KINDS.find((k) => k === one("kind"));
  const q = one("q")?.trim().slice(0, 100) || undefined;
  const page = Math.max(1, Math.min(1000, Number.parseInt(one("page") ?? "1", 10) || 1));
  return { status, kind, q, page };
}

const LIST_FIELDS = {
  id: true, kind: true, status: true, subject: true, reference: true, threshold: true, createdAt: true, filedAt: true, decidedAt: true,
  answerDueOn: true, association: { select: { name: true } },
} as const;

/**
 * Valid signatures of the petitions named, in one statement that reads only their signatures.
 * (Prisma's relation `_count` in a list joins a count of the whole petition_signatures table,
 * grouped by petition: it grew with every signature ever given, to 140 ms a page at 100,000
 * signatures; bench/growth.ts.)
 */
async function validSignatureCounts<T extends { id: number }>(petitions: T[]): Promise<(T & { signatures: number })[]> {
  if (petitions.length === 0) return [];
  const rows = await db.petitionSignature.groupBy({ by: ["petitionId"], where: { petitionId: { in: petitions.map((p) => p.id) }, ...VALID_SIGNATURES.where }, _count: { _all: true } });
  const counts = new Map(rows.map((row) => [row.petitionId, row._count._all]));
  return petitions.map((petition) => ({ ...petition, signatures: counts.get(petition.id) ?? 0 }));
}

export async function listPublicPetitions(filters: RegisterFilters) {
  const where: Prisma.PetitionWhereInput = {
    AND: [
      PUBLIC,
      filters.status ? { status: filters.status } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.q ? { OR: [{ subject: { contains: filters.q, mode: "insensitive" } }, { reference: { contains: filters.q, mode: "insensitive" } }] } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.petition.count({ where }),
    db.petition.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (filters.page - 1) * REGISTER_PAGE_SIZE, take: REGISTER_PAGE_SIZE, select: LIST_FIELDS }),
  ]);
  return { total, rows: await validSignatureCounts(rows) };
}

/** A petition's public page: the petition, its counts, its timeline, its agenda item; and what the viewer may do. */
export async function getPublicPetition(id: number) {
  const session = await getSession();
  const petition = await db.petition.findUnique({
    where: { id },
    select: {
      ...LIST_FIELDS, reasons: true, objectives: true, ownerId: true, reviewStartedAt: true, decisionReasons: true,
      agendaItem: { select: { referredCommittee: true, decisionText: true, session: { select: { id: true, year: true, month: true } } } },
      forumTopic: { where: { hiddenAt: null }, select: { id: true, title: true } },
      _count: { select: { signatures: VALID_SIGNATURES, follows: true } },
    },
  });
  if (!petition) return null;
  const isOwner = session?.id === petition.ownerId;
  if (petition.status === "DRAFT" && !isOwner) return null;
  const mine = session
    ? await db.petitionSignature.findUnique({ where: { petitionId_userId: { petitionId: id, userId: session.id } }, select: { id: true } })
    : null;
  const following = session ? (await db.petitionFollow.count({ where: { petitionId: id, userId: session.id } })) > 0 : false;
  const { _count, ...rest } = petition;
  // The owner's id stays on the server: the page only needs to know whether the viewer is the owner.
  delete (rest as { ownerId?: string }).ownerId;
  return {
    ...rest,
    signatures: _count.signatures,
    followers: _count.follows,
    viewer: {
      signedIn: !!session,
      isOwner,
      canSign: !!session && can(session.roles, "petitions.sign"),
      hasSigned: !!mine,
      following,
      isBureau: !!session && can(session.roles, "petitions.review"),
    },
  };
}
export type PublicPetition = NonNullable<Awaited<ReturnType<typeof getPublicPetition>>>;

/** The receipt of a filed petition (art. 125): its owner and the bureau only. */
export async function getReceipt(id: number) {
  const user = await requireUser();
  const petition = await db.petition.findUnique({
    where: { id },
    select: { id: true, ownerId: true, kind: true, subject: true, reference: true, filedAt: true, answerDueOn: true, association: { select: { name: true } }, owner: { select: { name: true } }, _count: { select: { signatures: true } } },
  });
  if (!petition || !petition.reference || !petition.filedAt) return null;
  if (petition.ownerId !== user.id && !can(user.roles, "petitions.review")) return null;
  return petition;
}

/** The petitions of the signed-in person (as mandataire or representative). */
export async function listMyPetitions() {
  const user = await requireUser();
  return validSignatureCounts(await db.petition.findMany({ where: { ownerId: user.id }, orderBy: { createdAt: "desc" }, select: LIST_FIELDS }));
}

/** The association the signed-in representative may petition for, if any. */
export async function getMyAssociation() {
  const user = await requireUser();
  if (!can(user.roles, "petitions.file_for_association")) return null;
  return db.association.findFirst({ where: { representativeId: user.id }, orderBy: { id: "asc" }, select: { id: true, name: true, foundedOn: true, verifiedAt: true, seatAddress: true, hasBranchInCommune: true } });
}

/** The data of the printable form and signature sheets: the petition, never its signatures. */
export async function getPrintablePetition(id: number) {
  const session = await getSession();
  const petition = await db.petition.findUnique({ where: { id }, select: { id: true, kind: true, status: true, subject: true, reasons: true, objectives: true, reference: true, createdAt: true, filedAt: true, ownerId: true, threshold: true, association: { select: { name: true } } } });
  if (!petition || (petition.status === "DRAFT" && petition.ownerId !== session?.id)) return null;
  return { ...petition, ownerId: undefined };
}

// ---------------------------------------------------------------------------------------------
// Bureau
// ---------------------------------------------------------------------------------------------

export async function listPetitionsForBureau() {
  await requirePermission("petitions.review");
  return validSignatureCounts(await db.petition.findMany({ where: { status: { not: "DRAFT" } }, orderBy: [{ answerDueOn: { sort: "asc", nulls: "last" } }, { id: "desc" }], select: LIST_FIELDS }));
}

/**
 * The review page: every signature with its CIN in full (the bureau checks them against the
 * electoral conditions of art. 123) — the one place a CIN is decrypted.
 */
export async function getPetitionForReview(id: number) {
  await requirePermission("petitions.review");
  const petition = await db.petition.findUnique({
    where: { id },
    select: {
      ...LIST_FIELDS, reasons: true, objectives: true, declaredAdmissible: true, declaredGoodStanding: true, declaredRelatedActivity: true,
      checkCompetence: true, checkConstants: true, checkAssociation: true, decisionReasons: true, reviewStartedAt: true, personalDataPurgedAt: true,
      owner: { select: { name: true, email: true } },
      association: { select: { name: true, foundedOn: true, verifiedAt: true, seatAddress: true, hasBranchInCommune: true, receiptNumber: true, domain: true } },
      attachments: { select: { id: true, kind: true, mimeType: true } },
      agendaItem: { select: { decisionText: true, session: { select: { id: true, year: true, month: true } } } },
      signatures: {
        orderBy: { id: "asc" },
        select: { id: true, channel: true, fullName: true, idNumberEncrypted: true, address: true, basis: true, createdAt: true, invalidatedAt: true, invalidReason: true, idCopyKey: true },
      },
    },
  });
  if (!petition || petition.status === "DRAFT") return null;
  const { signatures, ...rest } = petition;
  return {
    ...rest,
    validSignatures: signatures.filter((s) => s.invalidatedAt === null).length,
    // After the retention period the row keeps only its channel, basis and validity (retention.ts).
    signatures: signatures.map(({ idNumberEncrypted, idCopyKey, ...s }) => ({ ...s, idNumber: idNumberEncrypted ? decryptIdNumber(idNumberEncrypted) : null, hasIdCopy: idCopyKey !== null })),
  };
}

/** Staff typing in paper sheets see what they entered with the CIN masked. */
export async function getPaperEntryContext(id: number) {
  await requirePermission("petitions.review");
  const petition = await db.petition.findUnique({
    where: { id },
    select: {
      id: true, status: true, kind: true, subject: true, reference: true, threshold: true,
      signatures: { where: { channel: "PAPER" }, orderBy: { id: "desc" }, take: 50, select: { id: true, fullName: true, idNumberEncrypted: true, createdAt: true } },
      _count: { select: { signatures: VALID_SIGNATURES } },
    },
  });
  if (!petition) return null;
  const { signatures, _count, ...rest } = petition;
  return { ...rest, total: _count.signatures, paper: signatures.map(({ idNumberEncrypted, ...s }) => ({ ...s, idNumberMasked: idNumberEncrypted ? maskIdNumber(decryptIdNumber(idNumberEncrypted)) : "" })) };
}

/** An association petition's document, for the bureau or the petition's owner; null otherwise (or not signed in). */
export async function getAttachmentFile(id: number): Promise<{ bytes: Buffer; mimeType: string } | null> {
  const session = await getSession();
  if (!session) return null;
  const attachment = await db.petitionAttachment.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, petition: { select: { ownerId: true } } } });
  if (!attachment) return null;
  if (attachment.petition.ownerId !== session.id && !can(session.roles, "petitions.review")) return null;
  const file = await fileStore().get(attachment.storageKey);
  return file ? { bytes: file.bytes, mimeType: attachment.mimeType } : null;
}

/** A signatory's identity-card copy, decrypted, for the bureau only (decree 2.16.403 art. 3); null otherwise. */
export async function getSignatureIdCopy(id: number): Promise<{ bytes: Buffer; mimeType: string } | null> {
  const session = await getSession();
  if (!session || !can(session.roles, "petitions.review")) return null;
  const signature = await db.petitionSignature.findUnique({ where: { id }, select: { idCopyKey: true, idCopyMimeType: true } });
  if (!signature?.idCopyKey || !signature.idCopyMimeType) return null;
  const file = await fileStore().get(signature.idCopyKey);
  return file ? { bytes: decryptPersonalFile(file.bytes), mimeType: signature.idCopyMimeType } : null;
}

// ---------------------------------------------------------------------------------------------
// Statistics and open data
// ---------------------------------------------------------------------------------------------

/**
 * The register's statistics: petitions by status and kind, the share accepted among decided ones,
 * the median days from filing to decision, and decisions on time vs late (art. 125), plus the
 * pending petitions already past their deadline, flagged publicly.
 */
export async function getPetitionStatistics(now = new Date()) {
  const rows = await db.petition.findMany({ where: PUBLIC, select: { kind: true, status: true, filedAt: true, decidedAt: true, answerDueOn: true } });
  const byStatus = Object.fromEntries(PETITION_STATUSES.filter((s) => s !== "DRAFT").map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<Exclude<PetitionStatus, "DRAFT">, number>;
  const byKind = Object.fromEntries(PETITION_KINDS.map((k) => [k, rows.filter((r) => r.kind === k).length])) as Record<PetitionKind, number>;
  const decided = rows.filter((r) => r.decidedAt && r.filedAt && r.answerDueOn);
  const pending = rows.filter((r) => !r.decidedAt && r.answerDueOn);
  const onTime = decided.filter((r) => !isAnswerLate(fromDateColumn(r.answerDueOn!), r.decidedAt!)).length;
  return {
    total: rows.length,
    byStatus,
    byKind,
    decided: decided.length,
    acceptedShare: decided.length ? decided.filter((r) => r.status === "ACCEPTED").length / decided.length : null,
    medianDays: medianDecisionDays(decided.map((r) => ({ filedAt: r.filedAt!, decidedAt: r.decidedAt! }))),
    onTime,
    late: decided.length - onTime,
    overduePending: pending.filter((r) => isAnswerLate(fromDateColumn(r.answerDueOn!), now)).length,
  };
}

/** The open-data columns, in order (the CSV header). */
export const OPEN_PETITION_COLUMNS = [
  "id", "reference", "kind", "status", "subject", "association", "signatures", "threshold", "created_at", "filed_at",
  "answer_due_on", "decided_at", "bureau_decision", "session", "council_decision",
] as const;
export type OpenPetitionRow = Record<(typeof OPEN_PETITION_COLUMNS)[number], string | number | null>;

/** The open-data rows: the register, no personal data (no names, no CINs, no owner); `page` reads one batch (lib/open-data/stream.ts). */
export async function listOpenPetitions(page?: { afterId: number; take: number }): Promise<OpenPetitionRow[]> {
  const rows = await db.petition.findMany({
    where: page ? { AND: [PUBLIC, { id: { gt: page.afterId } }] } : PUBLIC,
    orderBy: { id: "asc" },
    ...(page ? { take: page.take } : {}),
    select: {
      id: true, reference: true, kind: true, status: true, subject: true, threshold: true, createdAt: true, filedAt: true, answerDueOn: true, decidedAt: true,
      decisionReasons: true, association: { select: { name: true } }, agendaItem: { select: { session: { select: { year: true, month: true } }, decisionText: true } },
    },
  });
  return (await validSignatureCounts(rows)).map((r) => ({
    id: r.id,
    reference: r.reference,
    kind: r.kind.toLowerCase(),
    status: r.status.toLowerCase(),
    subject: r.subject,
    association: r.association?.name ?? null,
    signatures: r.signatures,
    threshold: r.threshold,
    created_at: r.createdAt.toISOString(),
    filed_at: r.filedAt?.toISOString() ?? null,
    answer_due_on: r.answerDueOn?.toISOString().slice(0, 10) ?? null,
    decided_at: r.decidedAt?.toISOString() ?? null,
    bureau_decision: r.decisionReasons,
    session: r.agendaItem ? `${r.agendaItem.session.year}-${String(r.agendaItem.session.month).padStart(2, "0")}` : null,
    council_decision: r.agendaItem?.decisionText ?? null,
  }));
}

/** A forum topic the public can see, as a petition grown from it starts (issue 6). */
export async function getTopicForPetition(topicId: number) {
  return db.forumTopic.findFirst({ where: { id: topicId, hiddenAt: null }, select: { id: true, title: true, body: true } });
}
