// E-mails in the recipient's language: right-to-left HTML for Arabic, always with a plain-text part.
import { DIRECTIONS, LANGUAGES, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";

export type Email = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function layout(locale: Locale, paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const dir = DIRECTIONS[locale];
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="${LANGUAGES[locale]}" dir="${dir}"><body style="margin:0;padding:24px;background:#f6f4ef;font-family:Tahoma,Arial,sans-serif;line-height:1.7;color:#1c2a26">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;text-align:${dir === "rtl" ? "right" : "left"}">
${body}<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0b5d4b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#4a5a55">${escapeHtml(action.url)}</p>
<p style="margin:16px 0 0;font-size:13px;color:#4a5a55">${escapeHtml(footer)}</p></div></body></html>`;
}

function build(locale: Locale, kind: "verifyEmail" | "resetPassword", name: string, url: string): Email {
  const t = translator(locale);
  const paragraphs = [t(`Email.${kind}.greeting`, { name }), t(`Email.${kind}.body`)];
  const label = t(`Email.${kind}.action`);
  const footer = t(`Email.${kind}.ignore`);
  return {
    subject: t(`Email.${kind}.subject`),
    text: [...paragraphs, `${label}: ${url}`, footer].join("\n\n"),
    html: layout(locale, paragraphs, { label, url }, footer),
  };
}

export function verificationEmail(locale: Locale, name: string, url: string): Email {
  return build(locale, "verifyEmail", name, url);
}

export function passwordResetEmail(locale: Locale, name: string, url: string): Email {
  return build(locale, "resetPassword", name, url);
}
