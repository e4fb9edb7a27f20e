// The workflow of opinions and proposals that a consultative body sends to the council (OL 113.14
// art. 120 for the equality committee; the youth council created by the commune, plan axis 5,
// follows the same steps): drafted → adopted by the body → sent → the council's answer →
// follow-up → done. Parametrised by nothing but the statuses: each body keeps its own table with
// the same columns (lib/consultative/service.ts). Pure functions, no I/O.

export const PROPOSAL_STATUSES = ["DRAFT", "ADOPTED", "SENT", "ANSWERED", "IN_PROGRESS", "DONE"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * draft → adopted by the body (vote recorded) → sent to the council → the council's answer →
 * follow-up of what was promised → done. A rejected proposal is closed right after the answer
 * (ANSWERED → DONE); there is nothing to follow up.
 */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  DRAFT: ["ADOPTED"],
  ADOPTED: ["SENT"],
  SENT: ["ANSWERED"],
  ANSWERED: ["IN_PROGRESS", "DONE"],
  IN_PROGRESS: ["DONE"],
  DONE: [],
};

/** True when `to` is the next step after `from` in PROPOSAL_TRANSITIONS: no skipping, no going back. */
export function canTransition(from: ProposalStatus, to: ProposalStatus): boolean {
  return PROPOSAL_TRANSITIONS[from].includes(to);
}

export type Votes = { votesFor: number; votesAgainst: number; votesAbstaining: number };

/**
 * An opinion is adopted when more members voted for than against (simple majority of the votes
 * cast; the internal regulation may set another, art. 120 para. 2), and nobody voted more than
 * the body counts.
 */
export function adoptionError(votes: Votes, activeMembers: number): "notAdopted" | "tooManyVotes" | null {
  if (votes.votesFor + votes.votesAgainst + votes.votesAbstaining > activeMembers) return "tooManyVotes";
  if (votes.votesFor <= votes.votesAgainst) return "notAdopted";
  return null;
}

export const COUNCIL_RESPONSES = ["ACCEPTED", "PARTLY_ACCEPTED", "REJECTED"] as const;
export type CouncilResponseKind = (typeof COUNCIL_RESPONSES)[number];

/** After the council's answer: an accepted (or partly accepted) proposal is followed up; a rejected one can only be closed. */
export function followUpAllowed(response: CouncilResponseKind | null, to: ProposalStatus): boolean {
  if (to === "IN_PROGRESS") return response === "ACCEPTED" || response === "PARTLY_ACCEPTED";
  return true;
}

export type ProposalForce = { sent: number; answered: number; accepted: number; actedOn: number };

/**
 * A body's "proposal force" in numbers: opinions sent to the council, those it answered,
 * those it accepted (fully or partly), and those whose follow-up is done (acted on).
 */
export function proposalForce(opinions: readonly { status: ProposalStatus; response: CouncilResponseKind | null }[]): ProposalForce {
  const rank = (s: ProposalStatus) => PROPOSAL_STATUSES.indexOf(s);
  const sent = opinions.filter((o) => rank(o.status) >= rank("SENT"));
  const answered = sent.filter((o) => rank(o.status) >= rank("ANSWERED") && o.response !== null);
  const accepted = answered.filter((o) => o.response === "ACCEPTED" || o.response === "PARTLY_ACCEPTED");
  return { sent: sent.length, answered: answered.length, accepted: accepted.length, actedOn: accepted.filter((o) => o.status === "DONE").length };
}

