import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Internal links go through the locale-aware Link of lib/i18n/navigation.ts.
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from @/lib/i18n/navigation." }] }],
    },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
