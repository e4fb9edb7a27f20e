import { getTranslations } from "next-intl/server";

// A decision's state in words, colour and a mark (the word alone carries the meaning, WCAG 1.4.1),
// with a border so that it still shows when printed in black and white.
export async function DecisionBadge({ done }: { done: boolean }) {
  const t = await getTranslations("ProgrammeMeetings.decisionStatus");
  return (
    <span
      data-status={done ? "done" : "open"}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${
        done ? "border-success bg-success-soft text-success" : "border-accent bg-warning-soft text-accent"
      }`}
    >
      <span aria-hidden="true">{done ? "✓" : "◐"}</span>
      {t(done ? "done" : "open")}
    </span>
  );
}
