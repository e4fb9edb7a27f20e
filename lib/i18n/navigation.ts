// Locale-aware Link, redirect and hooks: use these, never next/link, for internal links.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
