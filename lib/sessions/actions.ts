"use server";
// The council sessions' staff forms: parse with the shared schema → service (which checks the
// permission) → redirect to the session's staff page with a status message, or the typed errors.
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { AgendaItemSchema, AgendaItemUpdateSchema, DecisionSchema, LinkDocumentSchema, SessionSchema, SessionStepSchema, SessionUpdateSchema } from "./schemas";
import * as sessions from "./service";

const sessionPage = (id: number, done: string) => ({ pathname: `/admin/sessions/${id}`, query: { done } });

export async function createSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SessionSchema, formData, sessions.createSession, (data) => sessionPage(data.id, "created"));
}

export async function updateSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SessionUpdateSchema, formData, sessions.updateSession, (data) => sessionPage(data.id, "saved"));
}

export async function addAgendaItemAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(AgendaItemSchema, formData, sessions.addAgendaItem, (data) => sessionPage(data.sessionId, "itemAdded"));
}

export async function updateAgendaItemAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(AgendaItemUpdateSchema, formData, sessions.updateAgendaItem, (data) => sessionPage(data.sessionId, "itemUpdated"));
}

export async function publishAgendaAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SessionStepSchema, formData, (input, ip) => sessions.publishAgenda(input.sessionId, ip), (data) => sessionPage(data.id, "agendaPublished"));
}

export async function markHeldAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SessionStepSchema, formData, (input, ip) => sessions.markHeld(input.sessionId, ip), (data) => sessionPage(data.id, "held"));
}

export async function recordDecisionAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DecisionSchema, formData, sessions.recordDecision, (data) => sessionPage(data.id, "decisionRecorded"));
}

export async function publishDecisionsAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SessionStepSchema, formData, (input, ip) => sessions.publishDecisions(input.sessionId, ip), (data) => sessionPage(data.id, "decisionsPublished"));
}

export async function linkDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(LinkDocumentSchema, formData, sessions.linkDocument, (data) => sessionPage(data.id, "documentLinked"));
}
