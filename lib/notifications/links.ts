// The links every notice e-mail ends with: the person's preferences page, and a signed one-click
// unsubscribe link (RFC 8058) that needs no sign-in. It names one person and one category and is
// signed with a key derived from NEXTAUTH_SECRET. No database here: the outbox worker uses it too.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import type { Email } from "@/lib/mail/templates";
import { isNoticeCategory, type NoticeCategory } from "./categories";
import { recipientLocale, withUnsubscribeFooter, type Recipient } from "./email";

function signingKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "musharaka-unsubscribe", "unsubscribe-link", 32));
}

function signature(payload: string): string {
  return createHmac("sha256", signingKey()).update(payload).digest("base64url");
}

/** "<userId>.<category>.<signature>": what an unsubscribe link carries. */
export function unsubscribeToken(userId: string, category: string): string {
  const payload = `${userId}.${category}`;
  return `${payload}.${signature(payload)}`;
}

/** The person and category of a genuine token, or null for anything forged, cut or altered. */
export function readUnsubscribeToken(token: string): { userId: string; category: NoticeCategory } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, category, given] = parts as [string, string, string];
  const expected = Buffer.from(signature(`${userId}.${category}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return isNoticeCategory(category) ? { userId, category } : null;
}

/** The page that confirms an unsubscription (GET), and the address mail programs POST to (RFC 8058). */
export function unsubscribeUrls(locale: Locale, userId: string, category: string): { page: string; oneClick: string } {
  const token = encodeURIComponent(unsubscribeToken(userId, category));
  const base = env().PUBLIC_URL;
  return {
    page: new URL(`${localizedPath(locale, "/unsubscribe")}?token=${token}`, base).toString(),
    oneClick: new URL(`/api/unsubscribe?token=${token}`, base).toString(),
  };
}

export function preferencesUrl(locale: Locale): string {
  return new URL(localizedPath(locale, "/account/notifications/preferences"), env().PUBLIC_URL).toString();
}

/** A notice e-mail with its footer: how to change one's choice, and the one-click unsubscribe link. */
export function noticeEmailFor(recipient: Recipient, category: string, email: Email): { email: Email; listUnsubscribe: string } {
  const locale = recipientLocale(recipient.locale);
  const t = translator(locale);
  const urls = unsubscribeUrls(locale, recipient.id, category);
  const withFooter = withUnsubscribeFooter(email, {
    text: t("Notifications.email.preferences"),
    preferencesUrl: preferencesUrl(locale),
    unsubscribeUrl: urls.page,
    unsubscribeLabel: t("Notifications.email.unsubscribe"),
  });
  return { email: withFooter, listUnsubscribe: urls.oneClick };
}

