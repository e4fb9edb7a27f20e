import "server-only";
// Anonymises the signatories of petitions whose procedure ended more than the retention period
// ago (law 09-08 art. 3; design.md §6; lib/petitions/rules.ts signatoryDataPurgeDay): names,
// identity numbers, addresses, the link to accounts and the copies of identity cards go; the
// number of signatures, valid and invalid, and the reasons given stay for the public register.
// Run by the maintenance loop (lib/ops/maintenance.ts): no request context here.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/create-client";
import { fileStore } from "@/lib/storage";
import { isSignatoryDataPurgeDue, signatoryDataPurgeDay, type PetitionStatus } from "./rules";

/** What an anonymised name, address or encrypted number holds: nothing. */
export const ANONYMISED = "";

/** Anonymises every petition due at `now`; returns how many petitions were anonymised. */
export async function purgeExpiredSignatoryData(db: Db, now = new Date()): Promise<number> {
  const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { signatoryDataRetentionMonths: true } });
  if (!settings) return 0;
  const candidates = await db.petition.findMany({
    where: { personalDataPurgedAt: null, status: { in: ["REJECTED", "ACCEPTED"] } },
    select: { id: true, status: true, decidedAt: true, councilDecidedAt: true },
  });
  const due = candidates.filter((p) => isSignatoryDataPurgeDue(signatoryDataPurgeDay({ ...p, status: p.status as PetitionStatus }, settings.signatoryDataRetentionMonths), now));
  for (const petition of due) {
    const copies = await db.$transaction(async (tx) => {
      const withCopies = await tx.petitionSignature.findMany({ where: { petitionId: petition.id, idCopyKey: { not: null } }, select: { idCopyKey: true } });
      // One statement: the keyed hash becomes the row's own id, so "one signature per CIN" stays a valid index without naming anyone.
      const anonymised = await tx.$executeRaw`
        UPDATE petition_signatures
        SET full_name = ${ANONYMISED}, address = ${ANONYMISED}, id_number_encrypted = ${ANONYMISED},
            id_number_hash = 'anonymised:' || id, user_id = NULL, id_copy_key = NULL, id_copy_mime_type = NULL
        WHERE petition_id = ${petition.id}`;
      await tx.petition.update({ where: { id: petition.id }, data: { personalDataPurgedAt: now } });
      await recordAudit(tx, { actorId: null, action: "petition.signatories_anonymised", targetType: "petition", targetId: String(petition.id), after: { signatures: anonymised }, ip: null });
      return withCopies.map((s) => s.idCopyKey!);
    });
    // The rows no longer name the files; removing them after the commit never leaves a row without its file.
    await Promise.all(copies.map((key) => fileStore().delete(key)));
  }
  return due.length;
}
