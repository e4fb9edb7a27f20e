import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The <title> and meta tags go in the <head> for every visitor, not streamed after the body:
  // screen readers announce the page's title at once, and pages read without JavaScript keep it.
  htmlLimitedBots: /.*/,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "nodemailer", "pg", "pino"],
  experimental: {
    // forbidden() renders app/[locale]/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // Progress evidence: up to 5 files, 20 MB together (lib/uploads/evidence.ts), plus multipart overhead.
    serverActions: { bodySizeLimit: "21mb" },
    // proxy.ts sees server-action POSTs too; above its default it would cut the body short.
    proxyClientMaxBodySize: "21mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // Behind the https proxy, every response says so, files and dotted routes too (/api/open/catalogue.json,
      // the framework's static files), which proxy.ts never sees (its matcher skips paths with a dot).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
    ];
  },
};

export default withNextIntl(nextConfig);
