// What petitions are, the commune's threshold (from its settings, art. 123), the links of the
// register, and the national e-participation portal, which this portal does not replace.
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { getPetitionThreshold } from "@/lib/petitions/queries";

export const EPARTICIPATION_URL = "https://www.eparticipation.ma";
/** app/api/open/petitions/route.ts; ?format=json for JSON. */
const OPEN_DATA_CSV = "/api/open/petitions?format=csv";

export async function PetitionsIntro() {
  const [t, threshold, session] = await Promise.all([getTranslations("Petitions"), getPetitionThreshold(), getSession()]);
  const link = "inline-flex min-h-12 items-center";
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-lg">{t("intro")}</p>
      {threshold !== null && <p className="max-w-3xl">{t("thresholdNote", { threshold })}</p>}
      <p className="max-w-3xl text-sm text-muted">{t("eSignatureNote")}</p>
      <p className="max-w-3xl">
        {t.rich("eparticipation", { link: (chunks) => <a href={EPARTICIPATION_URL} rel="external">{chunks}</a> })}
      </p>
      <ul className="no-print flex flex-wrap gap-x-6">
        <li><Link href="/petitions/new" className={`${link} font-bold`}>{t("start")}</Link></li>
        {session && <li><Link href="/account/petitions" className={link}>{t("myPetitions")}</Link></li>}
        <li><Link href="/petitions/stats" className={link}>{t("links.stats")}</Link></li>
        <li><a href={OPEN_DATA_CSV} className={link} download>{t("links.openData")}</a></li>
      </ul>
    </div>
  );
}
