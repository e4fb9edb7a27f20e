import type { Locale } from "./lib/i18n/config";
import type { Messages as PortalMessages } from "./lib/i18n/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: PortalMessages;
  }
}
