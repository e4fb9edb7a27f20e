// Share this page: WhatsApp and Facebook links, and the page's address in a read-only field to
// copy (works without JavaScript: select the text and copy it). Plain links, no third-party script.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { absoluteUrl } from "@/lib/sharing/metadata";

export async function ShareLinks({ locale, path, title }: { locale: Locale; path: string; title: string }) {
  const t = await getTranslations("Sharing");
  const url = absoluteUrl(locale, path);
  const link = "inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4 font-bold no-underline hover:bg-brand-soft";
  return (
    <section aria-labelledby="share-title" className="no-print space-y-3 rounded-card border border-divider bg-surface p-4">
      <h2 id="share-title" className="text-lg">{t("title")}</h2>
      <ul className="flex flex-wrap gap-2">
        <li><a className={link} href={`https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`} rel="noopener noreferrer">{t("whatsapp")}</a></li>
        <li><a className={link} href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} rel="noopener noreferrer">{t("facebook")}</a></li>
      </ul>
      <div className="space-y-1">
        <label htmlFor="share-url" className="block font-bold">{t("copyLabel")}</label>
        <input id="share-url" type="url" readOnly value={url} dir="ltr" className="block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2" />
        <p className="text-sm text-muted">{t("copyHint")}</p>
      </div>
    </section>
  );
}
