"use server";
// The tracking page's forms: parse with the shared schema → call the service → redirect back to
// the tracking page with a status message (so that a reload never posts twice). Errors are keys.
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import type { ServiceResult } from "./service";
import * as tracking from "./tracking";
import {
  FundingAddSchema,
  FundingRemoveSchema,
  IndicatorAddSchema,
  IndicatorValueSchema,
  MilestoneAddSchema,
  MilestoneEditSchema,
} from "./tracking-schemas";

/** The status messages of the tracking page ("ProgrammeTracking.done.<key>"). */
type Done = "milestoneAdded" | "milestoneSaved" | "indicatorAdded" | "valueSaved" | "fundingAdded" | "fundingRemoved";

async function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  work: (input: z.output<S>, ip: string | null) => Promise<ServiceResult<{ code: string }>>,
  done: Done,
): Promise<FormState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => work(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({
    href: { pathname: `/admin/programme/${encodeURIComponent(result.data.code)}/tracking`, query: { done } },
    locale: await getLocale(),
  });
}

export async function addMilestoneAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(MilestoneAddSchema, formData, tracking.addMilestone, "milestoneAdded");
}

export async function updateMilestoneAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(MilestoneEditSchema, formData, tracking.updateMilestone, "milestoneSaved");
}

export async function addIndicatorAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(IndicatorAddSchema, formData, tracking.addIndicator, "indicatorAdded");
}

export async function setIndicatorValueAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(IndicatorValueSchema, formData, tracking.setIndicatorValue, "valueSaved");
}

export async function addFundingLineAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(FundingAddSchema, formData, tracking.addFundingLine, "fundingAdded");
}

export async function removeFundingLineAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(FundingRemoveSchema, formData, tracking.removeFundingLine, "fundingRemoved");
}
