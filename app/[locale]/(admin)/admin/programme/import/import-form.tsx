"use client";
// The upload form and its outcome. Works without JavaScript (React re-renders the page with the
// action's result). Texts come translated from the server (`text`, `messages`: templates whose
// {placeholders} are filled here), since client components only receive the core namespaces.
import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import type { ImportError } from "@/lib/programme/import";
import { importProjectsAction } from "@/lib/programme/import-actions";
import { IMPORT_IDLE } from "@/lib/programme/import-state";
import { SubmitButton } from "@/components/ui/submit-button";

export type ImportTexts = {
  fileLabel: string;
  fileHint: string;
  submit: string;
  sending: string;
  failedTitle: string;
  failedText: string;
  failedTruncated: string;
  errorsCaption: string;
  lineColumn: string;
  columnColumn: string;
  messageColumn: string;
  wholeFile: string;
  wholeLine: string;
  errorSentence: string;
  errorLineSentence: string;
  successTitle: string;
  successText: string;
  createdCaption: string;
  unauthenticated: string;
  forbidden: string;
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function ImportForm({ text, messages, locale }: { text: ImportTexts; messages: Record<string, string>; locale: Locale }) {
  const [state, formAction] = useActionState(importProjectsAction, IMPORT_IDLE);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") outcomeRef.current?.focus();
  }, [state]);
  const message = (error: ImportError) => fill(messages[error.key] ?? messages.required ?? error.key, { value: error.value ?? "" });
  const failed = state.status === "error";

  return (
    <div className="space-y-5">
      {state.status === "refused" && (
        <div ref={outcomeRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold">
          {text[state.key]}
        </div>
      )}
      {state.status === "error" && (
        <div ref={outcomeRef} tabIndex={-1} role="alert" className="space-y-3 rounded-md border-2 border-danger bg-danger-soft p-4">
          <h2 className="text-xl">{text.failedTitle}</h2>
          <p>{fill(text.failedText, { file: state.fileName || "—", count: state.errorCount.toLocaleString(locale) })}</p>
          {state.errors.length < state.errorCount && <p>{fill(text.failedTruncated, { shown: state.errors.length })}</p>}
          {/* Phones: one sentence per error ("line 4, column cost: …"). */}
          <ul className="space-y-2 md:hidden" aria-label={text.errorsCaption}>
            {state.errors.map((error, index) => (
              <li key={index} className="rounded-md bg-surface p-2">
                {error.line === null
                  ? message(error)
                  : error.column === null
                    ? fill(text.errorLineSentence, { line: error.line, message: message(error) })
                    : fill(text.errorSentence, { line: error.line, column: error.column, message: message(error) })}
              </li>
            ))}
          </ul>
          {/* Wider screens: a table. */}
          <div className="hidden overflow-x-auto md:block" tabIndex={0} role="region" aria-label={text.errorsCaption}>
            <table className="w-full border-collapse bg-surface text-start">
              <caption className="sr-only">{text.errorsCaption}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2 text-start">{text.lineColumn}</th>
                  <th scope="col" className="p-2 text-start">{text.columnColumn}</th>
                  <th scope="col" className="p-2 text-start">{text.messageColumn}</th>
                </tr>
              </thead>
              <tbody>
                {state.errors.map((error, index) => (
                  <tr key={index} className="border-b border-divider align-top">
                    <td className="whitespace-nowrap p-2 tabular-nums">{error.line ?? text.wholeFile}</td>
                    <td className="p-2">{error.column ? <code dir="ltr">{error.column}</code> : error.line === null ? "—" : text.wholeLine}</td>
                    <td className="min-w-48 p-2">{message(error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {state.status === "success" && (
        <div ref={outcomeRef} tabIndex={-1} role="status" className="space-y-3 rounded-md border-2 border-success bg-success-soft p-4">
          <h2 className="text-xl">{text.successTitle}</h2>
          <p>{fill(text.successText, { count: state.created.length.toLocaleString(locale) })}</p>
          <h3 className="font-bold">{text.createdCaption}</h3>
          <ul className="list-disc space-y-1 ps-6">
            {state.created.map((project) => (
              <li key={project.id}>
                <Link href={`/admin/programme/${encodeURIComponent(project.code)}`}>
                  <span dir="ltr">{project.code}</span>
                  {" · "}
                  <span dir="auto">{localized(locale, project.titleAr, project.titleFr)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form action={formAction} className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-bold">{text.fileLabel}</label>
          <p id="import-file-hint" className="text-sm text-muted">{text.fileHint}</p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="import-file-hint"
            aria-invalid={failed || undefined}
            className="block w-full max-w-2xl rounded-md border-2 border-dashed border-muted bg-surface p-3 file:me-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-soft file:px-4 file:font-bold"
          />
        </div>
        <SubmitButton label={text.submit} pendingLabel={text.sending} />
      </form>
    </div>
  );
}
