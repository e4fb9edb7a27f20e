import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page";
import { listDevMailbox } from "@/lib/mail/queries";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The local demo's mailbox: with no SMTP server configured, e-mails wait here (never in production). */
export default async function DevMailboxPage({ params }: PageProps<"/[locale]/dev-mailbox">) {
  await pageLocale(params);
  const messages = await listDevMailbox();
  if (!messages) notFound();
  const [t, format] = await Promise.all([getTranslations("DevMailbox"), getFormatter()]);
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{t("intro")}</p>
      {messages.length === 0 && <p>{t("empty")}</p>}
      {messages.map((message) => (
        <article key={String(message.id)} className="space-y-2 rounded-card border border-divider bg-surface p-4">
          <h2 className="text-lg" dir="auto">{message.subject}</h2>
          <p className="text-sm text-muted">
            {t("to")}: <span dir="ltr">{message.toAddress}</span> · {format.dateTime(message.createdAt, "withTime")}
          </p>
          <pre dir="auto" className="whitespace-pre-wrap break-words font-sans">{message.text}</pre>
        </article>
      ))}
    </div>
  );
}
