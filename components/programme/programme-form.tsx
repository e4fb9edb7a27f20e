"use client";
// The action programme's forms (staff and engagement): the same behaviour as components/ui/action-form.tsx
// (works without JavaScript, error summary focused, typed values kept, double submission blocked)
// with the field kinds these forms need: text areas, selects, radios, checkbox groups and files.
// Labels arrive translated from the server. Errors are keys: the programme's own ones arrive
// translated in `errorMessages`; the others are looked up under "Errors".
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/lib/i18n/navigation";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Base = { name: string; label: string; hint?: string; required?: boolean };
type Option = { value: string; label: string; lang?: string };

export type FormField =
  | (Base & {
      kind: "text";
      dir?: "ltr" | "rtl" | "auto";
      lang?: string;
      maxLength?: number;
      inputMode?: "numeric" | "text";
      short?: boolean;
    })
  | (Base & { kind: "textarea"; dir?: "ltr" | "rtl" | "auto"; lang?: string; maxLength?: number; rows?: number })
  | (Base & { kind: "select"; options: Option[]; placeholder?: string })
  | (Base & { kind: "radios"; options: Option[] })
  | (Base & { kind: "checkboxes"; options: Option[] })
  | (Base & { kind: "checkbox" })
  | (Base & { kind: "file"; accept: string; multiple?: boolean });

/** A row puts its fields side by side on wide screens (e.g. the Arabic and French versions of a text). */
export type FormItem = FormField | { kind: "row"; fields: FormField[] } | { kind: "heading"; text: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  items: FormItem[];
  submitLabel: string;
  hidden?: Record<string, string>;
  /** What the fields show before anything is sent (multi-valued fields: comma-separated). */
  defaults?: Record<string, string>;
  successText?: string;
  /** Translations of the programme's own error keys ("ProgrammeAdmin.errors"). */
  errorMessages?: Record<string, string>;
  /** Prefix of the inputs' ids; must differ between two forms on one page. */
  idPrefix: string;
  /** A short accessible name for the form, when a page has several. */
  label?: string;
  /**
   * Shown instead of the form after success: values the action returned (e.g. a receipt's
   * reference and dates), by name, with their labels; rows and notes whose value is empty are left out.
   */
  successPanel?: SuccessPanel;
};

export type SuccessPanel = {
  title: string;
  rows: { name: string; label: string }[];
  notes?: ({ name: string } | { text: string })[];
  links?: { href: string; label: string }[];
};

const inputClass = (error: boolean) =>
  `block min-h-12 w-full rounded-md border-2 bg-surface px-3 py-2 ${error ? "border-danger" : "border-muted"}`;

export function ProgrammeForm({ action, items, submitLabel, hidden, defaults, successText, errorMessages, idPrefix, label, successPanel }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("Errors");
  const tf = useTranslations("Forms");
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = state.status === "error" ? state.values : state.status === "success" ? { ...defaults, ...state.values } : (defaults ?? {});
  const fieldErrors = Object.entries(state.fieldErrors);

  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  const message = (key: string, params?: Record<string, number>) => errorMessages?.[key] ?? t(key as Parameters<typeof t>[0], params);
  const id = (name: string) => `${idPrefix}-${name}`;
  const labelText = (field: Base) => (
    <>
      {field.label}
      {field.required && (
        <>
          {" "}
          <span className="text-sm font-normal text-muted">{tf("required")}</span>
        </>
      )}
    </>
  );

  function describedBy(field: Base): string | undefined {
    const ids = [field.hint && `${id(field.name)}-hint`, state.fieldErrors[field.name] && `${id(field.name)}-error`].filter(Boolean);
    return ids.length ? ids.join(" ") : undefined;
  }

  function notes(field: Base) {
    const error = state.fieldErrors[field.name];
    return (
      <>
        {field.hint && (
          <p id={`${id(field.name)}-hint`} className="text-sm text-muted">
            {field.hint}
          </p>
        )}
        {error && (
          <p id={`${id(field.name)}-error`} className="font-bold text-danger">
            {message(error)}
          </p>
        )}
      </>
    );
  }

  /** A single control with its label, hint and error above it. */
  function labelled(field: Base, control: ReactNode) {
    return (
      <div key={field.name} className="space-y-1">
        <label htmlFor={id(field.name)} className="block font-bold">{labelText(field)}</label>
        {notes(field)}
        {control}
      </div>
    );
  }

  function renderField(field: FormField) {
    const error = !!state.fieldErrors[field.name];
    const value = values[field.name] ?? "";
    const common = {
      name: field.name,
      "aria-invalid": error || undefined,
      "aria-describedby": describedBy(field),
    };
    switch (field.kind) {
      case "text":
        return labelled(
          field,
          <input
            {...common}
            id={id(field.name)}
            type="text"
            required={field.required}
            aria-required={field.required}
            dir={field.dir}
            lang={field.lang}
            inputMode={field.inputMode}
            maxLength={field.maxLength}
            defaultValue={value}
            key={`${field.name}:${value}`}
            className={`${inputClass(error)} ${field.short ? "max-w-48" : "max-w-2xl"}`}
          />,
        );
      case "textarea":
        return labelled(
          field,
          <textarea
            {...common}
            id={id(field.name)}
            required={field.required}
            aria-required={field.required}
            dir={field.dir ?? "auto"}
            lang={field.lang}
            maxLength={field.maxLength}
            rows={field.rows ?? 4}
            defaultValue={value}
            key={`${field.name}:${value}`}
            className={`${inputClass(error)} max-w-2xl`}
          />,
        );
      case "select":
        return labelled(
          field,
          <select
            {...common}
            id={id(field.name)}
            required={field.required}
            aria-required={field.required}
            defaultValue={value}
            key={`${field.name}:${value}`}
            className={`${inputClass(error)} max-w-2xl`}
          >
            {field.placeholder !== undefined && <option value="">{field.placeholder}</option>}
            {field.options.map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {option.label}
              </option>
            ))}
          </select>,
        );
      case "radios":
      case "checkboxes": {
        const chosen = new Set(value.split(",").filter(Boolean));
        return (
          <fieldset key={field.name} className="space-y-2" aria-describedby={describedBy(field)}>
            <legend className="font-bold">{labelText(field)}</legend>
            {notes(field)}
            <div className={field.kind === "checkboxes" && field.options.length > 6 ? "grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3" : "space-y-1"}>
              {field.options.map((option, index) => {
                const optionId = index === 0 ? id(field.name) : `${id(field.name)}-${index}`;
                return (
                  <div key={option.value} className="flex min-h-11 items-center gap-3">
                    <input
                      id={optionId}
                      name={field.name}
                      type={field.kind === "radios" ? "radio" : "checkbox"}
                      value={option.value}
                      defaultChecked={chosen.has(option.value)}
                      key={`${option.value}:${chosen.has(option.value)}`}
                      aria-invalid={error || undefined}
                      className="h-5 w-5 shrink-0 accent-brand"
                    />
                    <label htmlFor={optionId} lang={option.lang}>
                      {option.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      }
      case "checkbox":
        return (
          <div key={field.name} className="space-y-1">
            {notes(field)}
            <div className="flex min-h-11 items-center gap-3">
              <input
                {...common}
                id={id(field.name)}
                type="checkbox"
                defaultChecked={value === "on"}
                key={`${field.name}:${value}`}
                className="h-5 w-5 shrink-0 accent-brand"
              />
              <label htmlFor={id(field.name)} className="font-bold">{field.label}</label>
            </div>
          </div>
        );
      case "file":
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={id(field.name)} className="block font-bold">{labelText(field)}</label>
            {notes(field)}
            <input
              {...common}
              id={id(field.name)}
              type="file"
              accept={field.accept}
              multiple={field.multiple}
              className="block w-full max-w-2xl rounded-md border-2 border-dashed border-muted bg-surface p-3 file:me-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-soft file:px-4 file:font-bold"
            />
          </div>
        );
    }
  }

  if (state.status === "success" && successPanel) {
    const notes = (successPanel.notes ?? []).map((note) => ("text" in note ? note.text : state.values[note.name])).filter(Boolean);
    return (
      <div ref={summaryRef} tabIndex={-1} role="status" className="space-y-4 rounded-card border-2 border-success bg-surface p-5" data-testid="success-panel">
        <h2 className="text-2xl">{successPanel.title}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {successPanel.rows
            .filter((row) => state.values[row.name])
            .map((row) => (
              <div key={row.name} className="contents">
                <dt className="font-bold">{row.label}</dt>
                <dd data-testid={`success-${row.name}`}>{state.values[row.name]}</dd>
              </div>
            ))}
        </dl>
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {successPanel.links?.map((link) => (
          <p key={link.href} className="no-print">
            <Link href={link.href}>{link.label}</Link>
          </p>
        ))}
      </div>
    );
  }

  return (
    <div className="space-y-5">
      {state.status === "error" && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4">
          {state.formError && <p className="font-bold">{message(state.formError.key, state.formError.values)}</p>}
          {fieldErrors.length > 0 && (
            <>
              <p className="font-bold">{tf("errorSummary")}</p>
              <ul className="mt-2 list-disc space-y-1 ps-6">
                {fieldErrors.map(([field, key]) => (
                  <li key={field}>
                    <a href={`#${id(field)}`}>{message(key)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {state.status === "success" && successText && (
        <div ref={summaryRef} tabIndex={-1} role="status" className="rounded-md border-2 border-success bg-success-soft p-4">
          <p className="font-bold">{successText}</p>
        </div>
      )}
      <form action={formAction} noValidate className="space-y-5" aria-label={label}>
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {items.map((item, index) =>
          item.kind === "row" ? (
            <div key={`row-${index}`} className="grid gap-5 md:grid-cols-2">
              {item.fields.map(renderField)}
            </div>
          ) : item.kind === "heading" ? (
            <h3 key={`heading-${index}`} className="border-b border-divider pb-1 pt-2 text-lg">
              {item.text}
            </h3>
          ) : (
            renderField(item)
          ),
        )}
        <SubmitButton label={submitLabel} />
      </form>
    </div>
  );
}
