// What every notice e-mail shares, whatever the feature: the recipient's language, the look of
// lib/mail/templates.ts (right-to-left HTML for Arabic, always a plain-text part), and names
// isolated so that they never reorder the sentence around them.
import { DIRECTIONS, LANGUAGES, type Locale } from "@/lib/i18n/config";
import { escapeHtml, type Email } from "@/lib/mail/templates";

/** A person a notice is sent to. */
export type Recipient = { id: string; name: string; email: string; locale: string };

/** Accounts store "ar-MA"/"fr-MA" (older rows may say "ar"/"fr"): anything French reads French, the rest Arabic. */
export function recipientLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith("fr") ? "fr-MA" : "ar-MA";
}

/**
 * Wraps a person's name (or any text of unknown direction) in Unicode isolates (FSI…PDI), so that
 * an Arabic name in a French sentence, or a Latin one in an Arabic sentence, does not reorder the
 * words and numbers around it. Works in plain-text e-mails as well as in HTML.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A notice's e-mail in `locale`, the same look as lib/mail/templates.ts: the paragraphs, a button
 * to `action.url`, and the footer saying why it was sent; right-to-left HTML for Arabic, always a
 * plain-text part.
 */
export function noticeEmailMessage(locale: Locale, subject: string, paragraphs: string[], action: { label: string; url: string }, footer: string): Email {
  return { subject, text: [...paragraphs, `${action.label}: ${action.url}`, footer].join("\n\n"), html: html(locale, paragraphs, action, footer) };
}

function html(locale: Locale, paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const dir = DIRECTIONS[locale];
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px;white-space:pre-line" dir="auto">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="${LANGUAGES[locale]}" dir="${dir}"><body style="margin:0;padding:24px;background:#f6f4ef;font-family:Tahoma,Arial,sans-serif;line-height:1.7;color:#1c2a26">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;text-align:${dir === "rtl" ? "right" : "left"}">
${body}<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0b5d4b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#4a5a55">${escapeHtml(action.url)}</p>
<p style="margin:16px 0 0;font-size:13px;color:#4a5a55">${escapeHtml(footer)}</p></div></body></html>`;
}


const HTML_END = "</div></body></html>";

/**
 * Adds the lines every notice e-mail ends with: how to change how one hears of such notices, and
 * the one-click unsubscribe link (no sign-in needed).
 */
export function withUnsubscribeFooter(email: Email, links: { text: string; preferencesUrl: string; unsubscribeUrl: string; unsubscribeLabel: string }): Email {
  const text = `${email.text}\n\n${links.text}\n${links.preferencesUrl}\n${links.unsubscribeLabel}: ${links.unsubscribeUrl}`;
  const footer = `<p style="margin:16px 0 0;font-size:13px;color:#4a5a55">${escapeHtml(links.text)} <a href="${escapeHtml(links.preferencesUrl)}">${escapeHtml(links.preferencesUrl)}</a><br><a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(links.unsubscribeLabel)}</a></p>`;
  const html = email.html.endsWith(HTML_END) ? `${email.html.slice(0, -HTML_END.length)}${footer}${HTML_END}` : `${email.html}${footer}`;
  return { ...email, text, html };
}
