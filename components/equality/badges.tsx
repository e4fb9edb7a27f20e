// The opinion workflow's steps and the council's responses as words, marks and colours.
import { getTranslations } from "next-intl/server";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";
import type { CouncilResponseKind, ProposalStatus } from "@/lib/equality/rules";

const STATUS_TONE: Record<ProposalStatus, [StatusTone, string]> = {
  DRAFT: ["neutral", "✎"],
  ADOPTED: ["brand", "✓"],
  SENT: ["brand", "→"],
  ANSWERED: ["warning", "↩"],
  IN_PROGRESS: ["warning", "…"],
  DONE: ["success", "✓"],
};

const RESPONSE_TONE: Record<CouncilResponseKind, [StatusTone, string]> = {
  ACCEPTED: ["success", "✓"],
  PARTLY_ACCEPTED: ["warning", "◐"],
  REJECTED: ["danger", "✗"],
};

export async function OpinionStatusPill({ status }: { status: ProposalStatus }) {
  const t = await getTranslations("Equality.opinions.statuses");
  const [tone, mark] = STATUS_TONE[status];
  return <StatusPill status={status} tone={tone} mark={mark} label={t(status)} />;
}

export async function ResponsePill({ response }: { response: CouncilResponseKind }) {
  const t = await getTranslations("Equality.opinions.responses");
  const [tone, mark] = RESPONSE_TONE[response];
  return <StatusPill status={response} tone={tone} mark={mark} label={t(response)} />;
}

const MEANS_TONE: Record<"SUBMITTED" | "GRANTED" | "PARTLY_GRANTED" | "REFUSED", [StatusTone, string]> = {
  SUBMITTED: ["warning", "…"],
  GRANTED: ["success", "✓"],
  PARTLY_GRANTED: ["warning", "◐"],
  REFUSED: ["danger", "✗"],
};

export async function MeansStatusPill({ status }: { status: keyof typeof MEANS_TONE }) {
  const t = await getTranslations("Equality.means.statuses");
  const [tone, mark] = MEANS_TONE[status];
  return <StatusPill status={status} tone={tone} mark={mark} label={t(status)} />;
}
