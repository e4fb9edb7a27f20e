"use server";
// The tracking page's forms: parse with the shared schema → call the service → redirect back to
// the tracking page with a status message (so that a reload never posts twice). Errors are keys.
import type { z } from "zod";
import type { FormState, ServiceResult } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
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

function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  work: (input: z.output<S>, ip: string) => Promise<ServiceResult<{ code: string }>>,
  done: Done,
): Promise<FormState> {
  return submitToService(schema, formData, work, ({ code }) => ({ pathname: `/admin/programme/${encodeURIComponent(code)}/tracking`, query: { done } }));
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
