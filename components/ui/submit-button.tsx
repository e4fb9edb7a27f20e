"use client";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

/**
 * The form's submit button: says it is working and refuses a second click meanwhile (no double
 * submission). `pendingLabel` replaces the generic "sending" when the wait has a better name.
 */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="min-h-12 rounded-md bg-brand px-6 py-3 font-bold text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {pending ? (pendingLabel ?? t("sending")) : label}
    </button>
  );
}
