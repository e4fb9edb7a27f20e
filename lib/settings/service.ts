import "server-only";
// The administrator's reference data (issue 9, design.md §5): the commune's settings and the
// holiday calendar that every working-day deadline depends on. Each change is audited as a diff.
import { recordAudit, auditDiff } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import type { CommuneSettingsInput, HolidayInput } from "./schemas";

const SETTINGS_FIELDS = {
  nameAr: true, nameFr: true, code: true, provinceAr: true, provinceFr: true, regionAr: true, regionFr: true,
  legalPopulation: true, censusYear: true, hasArrondissements: true, councilSize: true, ordinarySessionMonths: true,
  mandateStartYear: true, mandateEndYear: true, addressAr: true, addressFr: true, phone: true, email: true,
  informationOfficer: true, informationOfficerContact: true, facebookUrl: true, instagramUrl: true, youtubeUrl: true,
  signatoryDataRetentionMonths: true, cndpAuthorisation: true, staffSecondFactorRequired: true,
} as const;

/** The settings as the administrator's form shows them. */
export async function getCommuneSettingsForAdmin() {
  await requirePermission("settings.manage");
  return db.communeSettings.findUnique({ where: { id: 1 }, select: SETTINGS_FIELDS });
}

/**
 * Saves the commune's settings. A change of population or arrondissements changes the threshold of
 * petitions that open for signatures from now on; petitions already collecting keep theirs (art. 123
 * is applied when collection opens).
 */
export async function saveCommuneSettings(input: CommuneSettingsInput, ip: string | null): Promise<ServiceResult<undefined>> {
  const admin = await requirePermission("settings.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.communeSettings.findUnique({ where: { id: 1 }, select: SETTINGS_FIELDS });
    if (!current) return { ok: false as const, formError: "notFound" };
    const diff = auditDiff(current, input);
    if (diff.changed) {
      await tx.communeSettings.update({ where: { id: 1 }, data: input });
      await recordAudit(tx, { actorId: admin.id, action: "settings.commune_updated", targetType: "commune_settings", targetId: "1", before: diff.before, after: diff.after, ip });
    }
    return { ok: true as const, data: undefined };
  });
}

/** Every holiday of the table, newest year first, for the administrator. */
export async function listHolidaysForAdmin() {
  await requirePermission("settings.manage");
  return db.holiday.findMany({ orderBy: { date: "desc" }, select: { id: true, date: true, nameAr: true, nameFr: true, kind: true, confirmed: true } });
}

/**
 * Adds a holiday or corrects one (after the moon-sighting announcement a religious holiday moves
 * by a day and becomes confirmed). Two holidays never share a day.
 */
export async function saveHoliday(input: HolidayInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const admin = await requirePermission("settings.manage");
  const fields = { date: input.date!, nameAr: input.nameAr, nameFr: input.nameFr, kind: input.kind, confirmed: input.confirmed };
  return db.$transaction(async (tx) => {
    const sameDay = await tx.holiday.findUnique({ where: { date: fields.date }, select: { id: true } });
    if (sameDay && sameDay.id !== input.holidayId) return { ok: false as const, fieldErrors: { date: "dateTaken" } };
    if (input.holidayId === null) {
      const created = await tx.holiday.create({ data: fields, select: { id: true } });
      await recordAudit(tx, { actorId: admin.id, action: "settings.holiday_created", targetType: "holiday", targetId: String(created.id), after: { ...fields, date: input.date!.toISOString().slice(0, 10) }, ip });
      return { ok: true as const, data: created };
    }
    const current = await tx.holiday.findUnique({ where: { id: input.holidayId }, select: { date: true, nameAr: true, nameFr: true, kind: true, confirmed: true } });
    if (!current) return { ok: false as const, formError: "notFound" };
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const diff = auditDiff({ ...current, date: day(current.date) }, { ...fields, date: day(fields.date) });
    if (diff.changed) {
      await tx.holiday.update({ where: { id: input.holidayId }, data: fields });
      await recordAudit(tx, { actorId: admin.id, action: "settings.holiday_updated", targetType: "holiday", targetId: String(input.holidayId), before: diff.before, after: diff.after, ip });
    }
    return { ok: true as const, data: { id: input.holidayId } };
  });
}

/** Removes a holiday entered by mistake; deadlines computed from now on no longer skip that day. */
export async function deleteHoliday(holidayId: number, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const admin = await requirePermission("settings.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.holiday.findUnique({ where: { id: holidayId }, select: { date: true, nameAr: true, nameFr: true, kind: true, confirmed: true } });
    if (!current) return { ok: false as const, formError: "notFound" };
    await tx.holiday.delete({ where: { id: holidayId } });
    await recordAudit(tx, { actorId: admin.id, action: "settings.holiday_deleted", targetType: "holiday", targetId: String(holidayId), before: { ...current, date: current.date.toISOString().slice(0, 10) }, ip });
    return { ok: true as const, data: { id: holidayId } };
  });
}
