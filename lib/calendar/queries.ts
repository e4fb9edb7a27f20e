import "server-only";
import { db } from "@/lib/db/client";
import { workingCalendar, type WorkingCalendar } from "./working-days";

/**
 * The working-day calendar with the religious and exceptional holidays of the table. Public
 * reference data (every deadline shown to a citizen depends on it), so no permission is needed;
 * the table holds a few rows a year, so it is read whole.
 */
export async function loadWorkingCalendar(): Promise<WorkingCalendar> {
  const holidays = await db.holiday.findMany({ select: { date: true } });
  return workingCalendar(holidays.map((h) => h.date));
}
