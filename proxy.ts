// Runs before every page: picks the locale (next-intl) and sets the per-request CSP nonce.
// Routing concerns only; who may see what is decided in lib/*/queries.ts and actions.
import createIntlMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce, HSTS } from "@/lib/security/headers";

const intl = createIntlMiddleware(routing);

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // next-intl forwards these request headers to the page; Next.js applies the nonce from them.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", csp);

  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  const forwardedProto = request.headers.get("x-forwarded-proto");
  if (request.nextUrl.protocol === "https:" || forwardedProto === "https") {
    response.headers.set(HSTS.key, HSTS.value);
  }
  return response;
}

export const config = {
  // Pages only: not API routes, Next's static files, or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
