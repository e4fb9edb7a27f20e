// The religious holidays 2025–2027 of the Moroccan public service (1–2 Shawwal, 10–11 Dhu al-Hijja,
// 1 Muharram, 12–13 Rabi' al-Awwal). 2025 dates are the ones announced by the Ministry of Habous;
// 2026–2027 are astronomical estimates (confirmed: false) that an administrator corrects after each
// moon-sighting announcement (issue 9). Not demo data: the deadlines of law 31.13 depend on it.
import { HolidayKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/create-client";
import { parseIsoDay } from "@/lib/calendar/working-days";

type HolidaySeed = { date: string; nameAr: string; nameFr: string; confirmed: boolean };

const FITR = { nameAr: "عيد الفطر", nameFr: "Aïd al-Fitr" };
const ADHA = { nameAr: "عيد الأضحى", nameFr: "Aïd al-Adha" };
const HIJRI_NEW_YEAR = { nameAr: "فاتح محرم", nameFr: "Nouvel an de l'Hégire" };
const MAWLID = { nameAr: "عيد المولد النبوي", nameFr: "Aïd al-Mawlid" };

export const RELIGIOUS_HOLIDAYS: readonly HolidaySeed[] = [
  { date: "2025-03-31", ...FITR, confirmed: true },
  { date: "2025-04-01", ...FITR, confirmed: true },
  { date: "2025-06-07", ...ADHA, confirmed: true },
  { date: "2025-06-08", ...ADHA, confirmed: true },
  { date: "2025-06-27", ...HIJRI_NEW_YEAR, confirmed: true },
  { date: "2025-09-05", ...MAWLID, confirmed: true },
  { date: "2025-09-06", ...MAWLID, confirmed: true },
  { date: "2026-03-20", ...FITR, confirmed: false },
  { date: "2026-03-21", ...FITR, confirmed: false },
  { date: "2026-05-27", ...ADHA, confirmed: false },
  { date: "2026-05-28", ...ADHA, confirmed: false },
  { date: "2026-06-16", ...HIJRI_NEW_YEAR, confirmed: false },
  { date: "2026-08-26", ...MAWLID, confirmed: false },
  { date: "2026-08-27", ...MAWLID, confirmed: false },
  { date: "2027-03-10", ...FITR, confirmed: false },
  { date: "2027-03-11", ...FITR, confirmed: false },
  { date: "2027-05-17", ...ADHA, confirmed: false },
  { date: "2027-05-18", ...ADHA, confirmed: false },
  { date: "2027-06-06", ...HIJRI_NEW_YEAR, confirmed: false },
  { date: "2027-08-15", ...MAWLID, confirmed: false },
  { date: "2027-08-16", ...MAWLID, confirmed: false },
];

/**
 * Writes a year's religious holidays only while that year has none: once an administrator has
 * corrected a year (moved a feast by a day, removed an estimate), the seed leaves the year alone
 * instead of bringing the old estimate back.
 */
export async function seedHolidays(tx: Tx): Promise<void> {
  const years = [...new Set(RELIGIOUS_HOLIDAYS.map((h) => h.date.slice(0, 4)))];
  for (const year of years) {
    const existing = await tx.holiday.count({
      where: { kind: HolidayKind.RELIGIOUS, date: { gte: parseIsoDay(`${year}-01-01`), lte: parseIsoDay(`${year}-12-31`) } },
    });
    if (existing > 0) continue;
    await tx.holiday.createMany({
      data: RELIGIOUS_HOLIDAYS.filter((h) => h.date.startsWith(year)).map(({ date, nameAr, nameFr, confirmed }) => ({ date: parseIsoDay(date), nameAr, nameFr, kind: HolidayKind.RELIGIOUS, confirmed })),
      skipDuplicates: true,
    });
  }
}
