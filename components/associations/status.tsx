import { getTranslations } from "next-intl/server";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";
import type { AssociationStatus } from "@/lib/associations/schemas";

const STATUS: Record<AssociationStatus, { tone: StatusTone; mark: string }> = {
  PENDING: { tone: "warning", mark: "◐" },
  VERIFIED: { tone: "success", mark: "✓" },
  REFUSED: { tone: "danger", mark: "✕" },
};

export async function AssociationStatusPill({ status }: { status: AssociationStatus }) {
  const t = await getTranslations("Associations.status");
  return <StatusPill status={status} tone={STATUS[status].tone} mark={STATUS[status].mark} label={t(status)} />;
}
