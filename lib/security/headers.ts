// Security headers (targets.md #17). The CSP carries a fresh nonce per request; Next.js reads the
// policy from the request headers and puts the nonce on the scripts it renders.

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Where browsers post Content-Security-Policy violation reports (app/api/csp-report/route.ts). */
export const CSP_REPORT_PATH = "/api/csp-report";

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React's dev tooling evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Violations are posted to app/api/csp-report, which logs each one (the e2e log check refuses
    // any). report-uri rather than report-to: Chromium sends report-to reports in batches up to a
    // minute late, after a test run may have ended; report-uri posts each one at once.
    `report-uri ${CSP_REPORT_PATH}`,
  ].join("; ");
}

/** Headers every response carries, static files included (see next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
] as const;

export const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" } as const;
