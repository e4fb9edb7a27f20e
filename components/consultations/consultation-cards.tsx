// A list of consultations with their state, audience, closing date and number of participants.
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusPill } from "@/components/ui/status-pill";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";

type Card = { id: number; titleAr: string; titleFr: string; audience: "RESIDENTS" | "ASSOCIATIONS"; closesAt: Date; synthesisPublishedAt: Date | null; _count: { responses: number } };

export async function ConsultationStatus({ consultation, now = new Date() }: { consultation: Pick<Card, "closesAt" | "synthesisPublishedAt">; now?: Date }) {
  const t = await getTranslations("Consultations");
  if (consultation.closesAt > now) return <StatusPill status="open" tone="brand" mark="◑" label={t("status.open")} />;
  if (consultation.synthesisPublishedAt) return <StatusPill status="synthesis" tone="success" mark="✓" label={t("status.synthesis")} />;
  return <StatusPill status="closed" tone="neutral" mark="●" label={t("status.closed")} />;
}

export async function ConsultationCards({ consultations, locale, admin = false }: { consultations: Card[]; locale: Locale; admin?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Consultations"), getFormatter()]);
  if (consultations.length === 0) return <p>{t("none")}</p>;
  const now = new Date();
  return (
    <ul className="space-y-3">
      {consultations.map((c) => (
        <li key={c.id} className="space-y-1 rounded-card border border-divider bg-surface p-4">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`${admin ? "/admin" : ""}/consultations/${c.id}`} className="text-lg font-bold" dir="auto">{localized(locale, c.titleAr, c.titleFr)}</Link>
            <ConsultationStatus consultation={c} now={now} />
          </p>
          <p className="text-sm">
            {t(`audience.${c.audience}`)} · {t(c.closesAt > now ? "closesOn" : "closedOn", { date: format.dateTime(c.closesAt, { dateStyle: "long" }) })} · {t("participants", { count: c._count.responses })}
          </p>
        </li>
      ))}
    </ul>
  );
}
