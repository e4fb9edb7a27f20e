"use server";
// The administrator's settings forms: parse → service (which checks settings.manage) → redirect.
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { CommuneSettingsSchema, HolidayIdSchema, HolidaySchema } from "./schemas";
import * as settings from "./service";

const MULTI_VALUED = ["ordinarySessionMonths"] as const;

export async function saveCommuneSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  const fields = { ...Object.fromEntries(formData), ordinarySessionMonths: formData.getAll("ordinarySessionMonths") };
  const parsed = CommuneSettingsSchema.safeParse(fields);
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, MULTI_VALUED);
  const result = await guarded(formData, async () => settings.saveCommuneSettings(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, MULTI_VALUED);
  // The commune's name, contacts and social accounts are in every page's header and footer.
  revalidatePath("/", "layout");
  return redirect({ href: { pathname: "/admin/settings", query: { done: "saved" } }, locale: await getLocale() });
}

export async function saveHolidayAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(HolidaySchema, formData, (input, ip) => settings.saveHoliday(input, ip), () => ({ pathname: "/admin/settings/holidays", query: { done: "saved" } }));
}

export async function deleteHolidayAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(HolidayIdSchema, formData, (input, ip) => settings.deleteHoliday(input.holidayId, ip), () => ({ pathname: "/admin/settings/holidays", query: { done: "deleted" } }));
}
