"use client";
// A form posted to a server action. Works without JavaScript (React re-renders the page with the
// action's result); with JavaScript it stays on the page, focuses the error summary, and blocks
// double submission. Labels come translated from the server; errors are keys under "Errors".
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "search";
  autoComplete?: string;
  hint?: string;
  required?: boolean;
  dir?: "ltr" | "auto";
  maxLength?: number;
  inputMode?: "numeric" | "text";
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  /** Shown after success; "{email}" is replaced by the submitted e-mail. */
  successText?: string;
  successLink?: { href: string; label: string };
  hideOnSuccess?: boolean;
  errorLinks?: Partial<Record<string, { href: string; label: string }>>;
  /** Prefix of the inputs' ids; must differ between two forms on one page. */
  idPrefix?: string;
};

export function ActionForm({ action, fields, submitLabel, hidden, successText, successLink, hideOnSuccess, errorLinks, idPrefix = "field" }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("Errors");
  const tf = useTranslations("Forms");
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldErrors = Object.entries(state.fieldErrors);
  const hasErrors = state.status === "error";

  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  const message = (key: string, values?: Record<string, number>) => t(key as Parameters<typeof t>[0], values);
  const formErrorLink = state.formError ? errorLinks?.[state.formError.key] : undefined;

  return (
    <div className="space-y-5">
      {hasErrors && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4">
          {state.formError && (
            <p className="font-bold">
              {message(state.formError.key, state.formError.values)}
              {formErrorLink && (
                <>
                  {" "}
                  <a href={formErrorLink.href}>{formErrorLink.label}</a>
                </>
              )}
            </p>
          )}
          {fieldErrors.length > 0 && (
            <>
              <p className="font-bold">{tf("errorSummary")}</p>
              <ul className="mt-2 list-disc space-y-1 ps-6">
                {fieldErrors.map(([field, key]) => (
                  <li key={field}>
                    <a href={`#${idPrefix}-${field}`}>{message(key)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {state.status === "success" && successText && (
        <div ref={summaryRef} tabIndex={-1} role="status" className="rounded-md border-2 border-success bg-success-soft p-4">
          <p className="font-bold">{successText.replace("{email}", state.values.email ?? "")}</p>
          {successLink && (
            <p className="mt-2">
              <a href={successLink.href}>{successLink.label}</a>
            </p>
          )}
        </div>
      )}
      {!(hideOnSuccess && state.status === "success") && (
        <form action={formAction} noValidate className="space-y-5">
          {Object.entries(hidden ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {fields.map((field) => {
            const error = state.fieldErrors[field.name];
            const describedBy = [field.hint && `${idPrefix}-hint-${field.name}`, error && `${idPrefix}-error-${field.name}`].filter(Boolean).join(" ");
            return (
              <div key={field.name} className="space-y-1">
                <label htmlFor={`${idPrefix}-${field.name}`} className="block font-bold">
                  {field.label}
                </label>
                {field.hint && (
                  <p id={`${idPrefix}-hint-${field.name}`} className="text-sm text-muted">
                    {field.hint}
                  </p>
                )}
                {error && (
                  <p id={`${idPrefix}-error-${field.name}`} className="font-bold text-danger">
                    {message(error)}
                  </p>
                )}
                <input
                  id={`${idPrefix}-${field.name}`}
                  name={field.name}
                  type={field.type ?? "text"}
                  autoComplete={field.autoComplete}
                  inputMode={field.inputMode}
                  required={field.required}
                  aria-required={field.required}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy || undefined}
                  dir={field.dir}
                  maxLength={field.maxLength}
                  defaultValue={field.type === "password" ? undefined : state.values[field.name]}
                  key={field.type === "password" ? undefined : `${field.name}:${state.values[field.name] ?? ""}`}
                  className={`block min-h-12 w-full max-w-xl rounded-md border-2 bg-surface px-3 py-2 ${error ? "border-danger" : "border-muted"}`}
                />
              </div>
            );
          })}
          <SubmitButton label={submitLabel} />
        </form>
      )}
    </div>
  );
}
