// The council sessions' forms (staff), shared by the pages and the server actions. Messages are
// keys: under "Errors" (required, tooLong, dateFormat…) or the feature's own ("Sessions.errors").
import { z } from "zod";
import { id, optionalText, requiredText, whole } from "@/lib/forms/zod-fields";
import { day } from "@/lib/programme/meeting-schemas";

export const SESSION_KINDS = ["ORDINARY", "EXTRAORDINARY"] as const;
/** Origins staff choose; a petition's item is placed by the bureau's decision (art. 38), never by hand. */
export const MANUAL_ORIGINS = ["PRESIDENT", "MEMBERS", "GOVERNOR", "COMMITTEE_OPINION", "EVALUATION_REPORT"] as const;
export const ALL_ORIGINS = ["PRESIDENT", "MEMBERS", "GOVERNOR", "PETITION", "COMMITTEE_OPINION", "EVALUATION_REPORT"] as const;

const toDate = ([y, m, d]: [number, number, number]) => new Date(Date.UTC(y, m - 1, d));

const SessionFields = z.object({
  startsOn: day.transform(toDate),
  endsOn: day.transform(toDate),
  placeAr: requiredText(300),
  placeFr: requiredText(300),
});

export const SessionSchema = SessionFields.extend({ kind: z.enum(SESSION_KINDS, { error: "required" }) });
export type SessionInput = z.infer<typeof SessionSchema>;

export const SessionUpdateSchema = SessionFields.extend({ sessionId: id });
export type SessionUpdateInput = z.infer<typeof SessionUpdateSchema>;

export const AgendaItemSchema = z.object({
  sessionId: id,
  origin: z.enum(MANUAL_ORIGINS, { error: "required" }),
  titleAr: requiredText(500),
  titleFr: requiredText(500),
  referredCommittee: optionalText(200),
});
export type AgendaItemInput = z.infer<typeof AgendaItemSchema>;

/** Editing an item (one staff added) while the agenda is not yet published. */
export const AgendaItemUpdateSchema = AgendaItemSchema.extend({ itemId: id });
export type AgendaItemUpdateInput = z.infer<typeof AgendaItemUpdateSchema>;

const votes = whole(0, 1000, "votesRange");

export const DecisionSchema = z.object({
  sessionId: id,
  itemId: id,
  decisionText: requiredText(5000),
  votesFor: votes,
  votesAgainst: votes,
  votesAbstain: votes,
});
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const SessionStepSchema = z.object({ sessionId: id });

export const LinkDocumentSchema = z.object({ sessionId: id, documentId: id });
export type LinkDocumentInput = z.infer<typeof LinkDocumentSchema>;
