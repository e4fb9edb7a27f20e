import type ar from "./messages/ar.json";
import type { Locale } from "./lib/i18n/config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof ar;
  }
}
