"use client";
import type { ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** A navigation link that tells assistive technology which page is the current one. */
export function NavLink({ href, className, ...rest }: ComponentProps<typeof Link> & { href: string }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={current ? "page" : undefined} className={className} {...rest} />;
}
