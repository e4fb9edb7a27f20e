"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors500");
  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("text")}</p>
      <button type="button" onClick={reset} className="min-h-12 rounded-md bg-brand px-6 font-bold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
