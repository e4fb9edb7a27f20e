// Files attached to a meeting's minutes or to an opinion: links to the library's file route, which
// serves them to members, and to everyone once the minutes are published or the opinion sent.
import { getFormatter, getTranslations } from "next-intl/server";

export type Attachment = { id: number; title: string; mimeType: string; bytes: number };

export async function Attachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("Equality.attachments"), getFormatter()]);
  return (
    <section aria-labelledby="attachments-title" className="space-y-2">
      <h2 id="attachments-title" className="text-2xl">{t("title")}</h2>
      <ul className="space-y-2">
        {attachments.map((file) => (
          <li key={file.id}>
            <a href={`/api/files/committee-documents/${file.id}`} aria-label={t("open", { title: file.title })} dir="auto" className="font-bold">{file.title}</a>{" "}
            <span className="text-sm text-muted">({file.mimeType === "application/pdf" ? "PDF" : "JPEG"}, {format.number(Math.max(1, Math.round(file.bytes / 1024)))} KB)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
