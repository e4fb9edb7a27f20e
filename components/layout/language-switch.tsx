"use client";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/config";

/** Links to the same page, with the same query, in the other language. */
export function LanguageSwitch({ target, label, description, lang }: { target: Locale; label: string; description: string; lang: string }) {
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  return (
    <Link
      href={{ pathname, query }}
      locale={target}
      lang={lang}
      hrefLang={lang}
      aria-label={description}
      className="inline-flex min-h-11 items-center rounded-md border-2 border-white/70 px-3 font-bold text-white no-underline hover:bg-white/10 hover:text-white"
    >
      {label}
    </Link>
  );
}
