import "server-only";
// The shape of every staff form action: parse with zod → call the service (which checks the
// permission) → on success redirect to a page with a status message, so that a reload never posts
// twice; on failure return what was typed with the errors (message keys).
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState, type ServiceResult } from "./form-state";

/** Where a successful submission goes: a path without the locale, and its query (e.g. `{ done: "saved" }`). */
export type NextPage = { pathname: string; query?: Record<string, string> };

export async function submitToService<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  work: (input: z.output<S>, ip: string) => Promise<ServiceResult<T>>,
  next: (data: T) => NextPage,
): Promise<FormState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => work(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: next(result.data), locale: await getLocale() });
}
