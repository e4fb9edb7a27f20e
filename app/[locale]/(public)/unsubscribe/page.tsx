// Where an e-mail's "stop these e-mails" link leads: one button, no sign-in (the link is signed).
// A GET never changes anything (mail scanners open links); the button posts.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { pageLocale } from "@/lib/i18n/page";
import { Link } from "@/lib/i18n/navigation";
import { unsubscribeAction } from "@/lib/notifications/actions";
import { isNoticeCategory } from "@/lib/notifications/categories";
import { readUnsubscribeToken } from "@/lib/notifications/links";

type Props = PageProps<"/[locale]/unsubscribe">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Notifications.unsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [t, tp, query] = await Promise.all([getTranslations("Notifications.unsubscribe"), getTranslations("Notifications.preferences"), searchParams]);
  const token = typeof query.token === "string" ? query.token : "";
  const target = token ? readUnsubscribeToken(token) : null;
  const done = typeof query.done === "string" && isNoticeCategory(query.done) ? query.done : null;
  return (
    <div className="max-w-2xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      {done ? (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
          {t("done", { category: tp(`categories.${done}`) })}
        </p>
      ) : target ? (
        <form action={unsubscribeAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>{t("confirm", { category: tp(`categories.${target.category}`) })}</p>
          <SubmitButton label={t("button")} />
        </form>
      ) : (
        <p role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4">{t("invalid")}</p>
      )}
      <p>
        <Link href="/account/notifications/preferences">{tp("link")}</Link>
      </p>
    </div>
  );
}
