// The administrator's reference data against the real database (lib/settings): the commune's
// settings that legal rules read (the petition threshold, the retention period), and the holiday
// calendar behind working-day deadlines, which the demo seed must not overwrite once corrected.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import { addWorkingDays, isoDay, parseIsoDay } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { CommuneSettingsSchema, HolidaySchema } from "@/lib/settings/schemas";
import { deleteHoliday, getCommuneSettingsForAdmin, saveCommuneSettings, saveHoliday } from "@/lib/settings/service";
import { COMMUNE_SETTINGS } from "@/prisma/seed/commune";
import { seedHolidays } from "@/prisma/seed/holidays";
import { asUser, createUser, resetDatabase, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

let admin: TestUser;

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE commune_settings, holidays RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: { ...COMMUNE_SETTINGS, ordinarySessionMonths: [...COMMUNE_SETTINGS.ordinarySessionMonths] } });
  admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
});

afterAll(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE holidays RESTART IDENTITY CASCADE");
});

/** The settings form as the page fills it, with `changes` typed over it. */
async function form(changes: Record<string, string | string[]>) {
  const current = (await asUser(admin, () => getCommuneSettingsForAdmin()))!;
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : typeof v === "boolean" ? (v ? "on" : "") : String(v ?? "")]));
  return CommuneSettingsSchema.safeParse({ ...values, ...changes });
}

describe("commune settings (design.md §5)", () => {
  it("saves what the administrator changes, audited as a diff, and the privacy notice's inputs follow", async () => {
    const parsed = await form({ legalPopulation: "٣٦ ٠٠٠", facebookUrl: "https://facebook.com/bnimathar", signatoryDataRetentionMonths: "4", cndpAuthorisation: "A-GC-123/2026" });
    expect(parsed.success).toBe(true);
    expect(await asUser(admin, () => saveCommuneSettings(parsed.data!, "10.0.0.1"))).toEqual({ ok: true, data: undefined });
    const saved = await db.communeSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(saved).toMatchObject({ legalPopulation: 36_000, facebookUrl: "https://facebook.com/bnimathar", signatoryDataRetentionMonths: 4, cndpAuthorisation: "A-GC-123/2026" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.commune_updated" } });
    expect(audit.before).toEqual({ legalPopulation: 7089, facebookUrl: null, signatoryDataRetentionMonths: 6, cndpAuthorisation: null });
    expect(audit.after).toMatchObject({ legalPopulation: 36_000 });
  });

  it("refuses what would break a rule, with a message per field, and changes nothing", async () => {
    const parsed = await form({
      ordinarySessionMonths: ["2", "5"],
      facebookUrl: "http://facebook.com/x",
      signatoryDataRetentionMonths: "12",
      mandateEndYear: "2020",
      email: "not-an-address",
    });
    expect(parsed.success).toBe(false);
    const errors = Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(errors).toMatchObject({ ordinarySessionMonths: "sessionMonths", facebookUrl: "httpsUrl", signatoryDataRetentionMonths: "retentionRange", mandateEndYear: "mandateOrder", email: "emailFormat" });
  });

  it("is for administrators only", async () => {
    const editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
    const parsed = await form({ legalPopulation: "1" });
    await expect(asUser(editor, () => saveCommuneSettings(parsed.data!, null))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(editor, () => getCommuneSettingsForAdmin())).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.communeSettings.findUniqueOrThrow({ where: { id: 1 } })).legalPopulation).toBe(7089);
  });
});

describe("the holiday calendar (law 31.13 working-day deadlines)", () => {
  const holiday = (values: Record<string, string>) => HolidaySchema.parse({ kind: "RELIGIOUS", nameAr: "عيد الفطر", nameFr: "Aïd al-Fitr", ...values });

  it("moves an estimated feast to its announced day; deadlines computed afterwards skip the new day", async () => {
    await db.$transaction((tx) => seedHolidays(tx));
    const estimate = await db.holiday.findUniqueOrThrow({ where: { date: parseIsoDay("2026-03-20") } });
    // Thursday 19 March + 1 working day: Friday 20 is the estimated feast, so Monday 23.
    expect(isoDay(addWorkingDays(await loadWorkingCalendar(), parseIsoDay("2026-03-19"), 1))).toBe("2026-03-23");

    const moved = await asUser(admin, () => saveHoliday(holiday({ holidayId: String(estimate.id), date: "٢٠٢٦-٠٣-١٩", confirmed: "on" }), null));
    expect(moved.ok).toBe(true);
    const second = await db.holiday.findUniqueOrThrow({ where: { date: parseIsoDay("2026-03-21") } });
    expect((await asUser(admin, () => deleteHoliday(second.id, null))).ok).toBe(true);
    // Wednesday 18 + 1 working day: Thursday 19 is now the feast, so Friday 20.
    expect(isoDay(addWorkingDays(await loadWorkingCalendar(), parseIsoDay("2026-03-18"), 1))).toBe("2026-03-20");
    expect(await db.auditEvent.count({ where: { action: { in: ["settings.holiday_updated", "settings.holiday_deleted"] } } })).toBe(2);

    // The demo seed runs at every start: it must not bring the estimates of a corrected year back.
    await db.$transaction((tx) => seedHolidays(tx));
    expect(await db.holiday.count({ where: { date: { in: [parseIsoDay("2026-03-20"), parseIsoDay("2026-03-21")] } } })).toBe(0);
    expect(await db.holiday.findUniqueOrThrow({ where: { date: parseIsoDay("2026-03-19") } })).toMatchObject({ confirmed: true });
  });

  it("refuses two holidays on one day, and a malformed date, without saving", async () => {
    expect((await asUser(admin, () => saveHoliday(holiday({ date: "2027-01-02" }), null))).ok).toBe(true);
    expect(await asUser(admin, () => saveHoliday(holiday({ date: "2027-01-02", nameFr: "Autre" }), null))).toEqual({ ok: false, fieldErrors: { date: "dateTaken" } });
    expect(HolidaySchema.safeParse({ kind: "RELIGIOUS", nameAr: "x", nameFr: "x", date: "2027-02-30" }).success).toBe(false);
    expect(await db.holiday.count()).toBe(1);
  });
});
