import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { listOutbox } from "@/lib/mail/queries";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/outbox">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("outbox") };
}

export default async function OutboxPage({ params }: PageProps<"/[locale]/admin/outbox">) {
  const locale = await pageLocale(params);
  await pageUserWith("outbox.read", locale, "/admin/outbox");
  const [t, format, messages] = await Promise.all([getTranslations("Admin"), getFormatter(), listOutbox()]);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl">{t("outbox")}</h1>
      <p>{t("outboxIntro")}</p>
      {messages.length === 0 ? (
        <p>{t("noOutbox")}</p>
      ) : (
        <DataTable label={t("outbox")} tableClassName="bg-surface" columns={[{ label: t("columnWhen") }, { label: t("columnTo") }, { label: t("columnSubject") }, { label: t("columnStatus") }, { label: t("columnAttempts") }]}>
          {messages.map((message) => (
            <tr key={String(message.id)} className="border-b border-divider align-top">
              <td className="p-2">{format.dateTime(message.createdAt, "withTime")}</td>
              <td className="p-2"><span dir="ltr">{message.toAddress}</span></td>
              <td className="p-2" dir="auto">{message.subject}</td>
              <td className="p-2">
                <span className={message.status === "FAILED" ? "font-bold text-danger" : message.status === "SENT" ? "text-success" : ""}>
                  {t(`outbox${message.status}`)}
                </span>
                {message.lastError && <span className="block text-sm text-muted" dir="ltr">{message.lastError}</span>}
              </td>
              <td className="p-2">{message.attempts}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
