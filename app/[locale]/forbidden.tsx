import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export default async function Forbidden() {
  const t = await getTranslations("Errors403");
  return <StatusPage code="403" title={t("title")} text={t("text")} />;
}
