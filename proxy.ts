// Runs before every page and API route: gives the request its id (logged, and recorded with any
// audit event it causes), picks the locale (next-intl) for pages and sets the per-request CSP nonce.
// Routing concerns only; who may see what is decided in lib/*/queries.ts and actions.
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { acceptableRequestId, logger, newRequestId } from "@/lib/ops/log";
import { contentSecurityPolicy, createNonce, HSTS } from "@/lib/security/headers";

const intl = createIntlMiddleware(routing);

export function proxy(request: NextRequest) {
  // A request id set by the reverse proxy in front (nginx $request_id) is kept, so both logs agree.
  const incoming = request.headers.get("x-request-id");
  const requestId = acceptableRequestId(incoming) ? incoming : newRequestId();
  request.headers.set("x-request-id", requestId);
  // The path only: query strings can carry tokens (password reset, unsubscribe) and search words.
  logger().info({ requestId, method: request.method, path: request.nextUrl.pathname }, "request");

  // A NUL byte has no meaning in an address, and PostgreSQL refuses it in any text it is given.
  if (request.nextUrl.search.includes("%00")) {
    return new NextResponse(NUL_REFUSAL, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId } });
  }
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  if (!isApi && crossOriginPost(request)) {
    logger().warn({ requestId, method: request.method, path: request.nextUrl.pathname }, "cross-origin form post refused");
    return new NextResponse(CROSS_ORIGIN_REFUSAL, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId } });
  }
  const response = isApi ? NextResponse.next({ request: { headers: request.headers } }) : pageResponse(request);
  response.headers.set("x-request-id", requestId);
  const forwardedProto = request.headers.get("x-forwarded-proto");
  if (request.nextUrl.protocol === "https:" || forwardedProto === "https") {
    response.headers.set(HSTS.key, HSTS.value);
  }
  return response;
}

const NUL_REFUSAL = "طلب مرفوض: يحتوي العنوان على حرف صفري.\nRequête refusée : l'adresse contient un caractère nul.\n";

const CROSS_ORIGIN_REFUSAL = "طلب مرفوض: أُرسل هذا النموذج من موقع آخر.\nRequête refusée : ce formulaire a été envoyé depuis un autre site.\n";

/**
 * A form post (server action) sent from another site: refused here with a 403 (CSRF), before
 * Next.js would refuse it with a 500. Browsers send Origin with every POST; its host must be ours.
 */
function crossOriginPost(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function pageResponse(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // next-intl forwards these request headers to the page; Next.js applies the nonce from them.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", csp);
  const response = intl(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages and API routes; not Next's static files or files with an extension.
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
