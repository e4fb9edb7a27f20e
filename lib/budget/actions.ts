"use server";
// The participatory budget's forms. Each action: parse with the shared schema → call the service
// → redirect to the page that shows the result (a reload never posts twice), or return what was
// typed with the errors. All of them work without JavaScript.
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { proposalPath } from "./notify";
import { BallotSchema, CloseSchema, CycleSchema, CycleUpdateSchema, ProposalEditSchema, ProposalSchema, ReviewSchema } from "./schemas";
import * as budget from "./service";

async function go(pathname: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

export async function submitProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ProposalSchema, formData, (input) => budget.submitProposal(input), (data) => ({ pathname: proposalPath(data.id), query: { done: "submitted" } }));
}

export async function editProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ProposalEditSchema, formData, (input) => budget.editProposal(input), (data) => ({ pathname: proposalPath(data.id), query: { done: "saved" } }));
}

/**
 * The ballot: a plain form of checkboxes. The page shows the outcome from the query string (the
 * saved ballot, or why it was refused with the amounts, and the choices as they were ticked).
 */
export async function voteAction(formData: FormData): Promise<void> {
  const year = String(formData.get("year") ?? "");
  const votePath = /^\d{4}$/.test(year) ? `/budget/${year}/vote` : "/budget";
  const parsed = BallotSchema.safeParse({ cycleId: formData.get("cycleId"), proposalIds: formData.getAll("proposalIds").filter((v) => typeof v === "string") });
  if (!parsed.success) await go(votePath, { error: "invalidChoice" });
  const input = parsed.data!;
  let result: budget.BallotResult;
  try {
    result = await budget.castBallot(input);
  } catch (error) {
    if (error instanceof UnauthenticatedError) return go("/signin", { callbackUrl: votePath });
    if (error instanceof ForbiddenError) return go(votePath, { error: "phaseClosed" });
    throw error;
  }
  if (result.ok) return go(votePath, { done: "saved" });
  const query: Record<string, string> = { error: result.formError, chosen: input.proposalIds.join(",") };
  if (result.excess !== undefined) Object.assign(query, { excess: String(result.excess), total: String(result.total) });
  await go(votePath, query);
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function createCycleAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(CycleSchema, formData, budget.createCycle, (data) => ({ pathname: `/admin/budget/${data.year}`, query: { done: "created" } }));
}

export async function updateCycleAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(CycleUpdateSchema, formData, budget.updateCycle, (data) => ({ pathname: `/admin/budget/${data.year}`, query: { done: "saved" } }));
}

export async function reviewProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ReviewSchema, formData, budget.reviewProposal, (data) => ({ pathname: `/admin/budget/${data.year}`, query: { done: "reviewed" } }));
}

/** A one-button form: closes the current phase; the cycle's page says what happened. */
export async function closePhaseAction(formData: FormData): Promise<void> {
  const year = String(formData.get("year") ?? "");
  const back = /^\d{4}$/.test(year) ? `/admin/budget/${year}` : "/admin/budget";
  const parsed = CloseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) await go(back, { error: "invalidChoice" });
  const result = await budget.closePhase(parsed.data!, await clientIp());
  if (result.ok) await go(back, { done: parsed.data!.action });
  await go(back, { error: result.ok ? "" : (result.formError ?? "invalidChoice") });
}
