"use server";
// The adoption page's forms (admin/programme/adoption): parse → service → back to the page with a
// status message and the section's anchor, so that a reload never posts twice.
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import * as adoption from "./adoption";
import { AdoptionRecordSchema, AxisSchema, ConsultationAddSchema, ConsultationEditSchema, ConsultationRemoveSchema } from "./adoption-schemas";

/** The status messages of the adoption page ("ProgrammeAdoption.done.<key>"). */
type Done = "recordSaved" | "consultationAdded" | "consultationSaved" | "consultationRemoved" | "axisSaved";

const back = (done: Done) => () => ({ pathname: "/admin/programme/adoption", query: { done } });

export async function updateAdoptionRecordAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(AdoptionRecordSchema, formData, adoption.updateAdoptionRecord, back("recordSaved"));
}

export async function addConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ConsultationAddSchema, formData, adoption.addConsultation, back("consultationAdded"));
}

export async function updateConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ConsultationEditSchema, formData, adoption.updateConsultation, back("consultationSaved"));
}

export async function removeConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ConsultationRemoveSchema, formData, adoption.removeConsultation, back("consultationRemoved"));
}

export async function updateAxisAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(AxisSchema, formData, adoption.updateAxis, back("axisSaved"));
}
