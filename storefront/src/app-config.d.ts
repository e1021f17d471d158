import type { AppLocale } from "./i18n/locales";
import type messages from "./messages/zh-CN.json";

// Type-checks locales and message keys used with next-intl (t("HomePage.heroTitle") etc.).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
