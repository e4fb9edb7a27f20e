// A status shown as a word, a mark and a colour (the word alone carries the meaning, WCAG 1.4.1),
// with a border so that it still shows when printed in black and white. Each feature maps its
// statuses to a tone and a mark (components/*/badges.tsx).
export type StatusTone = "neutral" | "brand" | "warning" | "success" | "danger";

const TONE: Record<StatusTone, string> = {
  neutral: "border-muted bg-surface text-ink",
  brand: "border-brand bg-brand-soft text-brand-dark",
  warning: "border-accent bg-warning-soft text-accent",
  success: "border-success bg-success-soft text-success",
  danger: "border-danger bg-danger-soft text-danger",
};

export function StatusPill({ status, tone, mark, label }: { status: string; tone: StatusTone; mark: string; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${TONE[tone]}`} data-status={status}>
      <span aria-hidden="true">{mark}</span>
      {label}
    </span>
  );
}
