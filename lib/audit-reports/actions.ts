"use server";
// The internal-audit space's forms (lib/forms/submit.ts shape): parse → service → redirect to the
// report's staff page with a status message.
import { submitToService } from "@/lib/forms/submit";
import type { FormState } from "@/lib/forms/form-state";
import { FollowUpSchema, PublishReportSchema, RecommendationSchema, ReportFieldsSchema, ReportUpdateSchema } from "./schemas";
import * as service from "./service";

type Done = "created" | "saved" | "published" | "unpublished" | "recommendationAdded" | "followUp";
const toReport = (done: Done) => (data: { id: number }) => ({ pathname: `/admin/audit-reports/${data.id}`, query: { done } });

export async function createReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ReportFieldsSchema, formData, (input, ip) => service.createReport(input, ip), toReport("created"));
}

export async function updateReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ReportUpdateSchema, formData, ({ reportId, ...fields }, ip) => service.updateReport(reportId, fields, ip), toReport("saved"));
}

export async function publishReportAction(_: FormState, formData: FormData): Promise<FormState> {
  const publish = formData.get("publish") === "1";
  return submitToService(PublishReportSchema, formData, (input, ip) => service.setReportPublished(input.reportId, input.publish, ip), toReport(publish ? "published" : "unpublished"));
}

export async function addRecommendationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(RecommendationSchema, formData, (input, ip) => service.addRecommendation(input, ip), toReport("recommendationAdded"));
}

export async function followUpAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(FollowUpSchema, formData, (input, ip) => service.recordFollowUp(input, ip), toReport("followUp"));
}
