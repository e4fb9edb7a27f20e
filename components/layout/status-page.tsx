import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function StatusPage({ code, title, text }: { code: string; title: string; text: string }) {
  const t = await getTranslations("Modules");
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-bold text-muted" dir="ltr">{code}</p>
      <h1 className="text-3xl">{title}</h1>
      <p className="text-lg">{text}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
