"use client";
import type { ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * A navigation link that tells assistive technology which page is the current one. A section's
 * link stays current on its sub-pages, unless `exact` (e.g. a dashboard whose sub-pages have links of their own).
 */
export function NavLink({ href, className, exact = false, ...rest }: ComponentProps<typeof Link> & { href: string; exact?: boolean }) {
  const pathname = usePathname();
  const current = href === "/" || exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={current ? "page" : undefined} className={className} {...rest} />;
}
