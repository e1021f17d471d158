import type { AppLocale } from "./i18n/locales";
import type base from "./messages/zh-CN/base.json";
import type checkout from "./messages/zh-CN/checkout.json";
import type desk from "./messages/zh-CN/desk.json";
import type jobs from "./messages/zh-CN/jobs.json";
import type me from "./messages/zh-CN/me.json";
import type notices from "./messages/zh-CN/notices.json";
import type offline from "./messages/zh-CN/offline.json";
import type questions from "./messages/zh-CN/questions.json";
import type shop from "./messages/zh-CN/shop.json";
import type slip from "./messages/zh-CN/slip.json";

// Type-checks locales and message keys used with next-intl (t("HomePage.heroTitle") etc.).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof base & typeof shop & typeof jobs & typeof checkout & typeof desk & typeof me & typeof notices & typeof questions & typeof slip & typeof offline;
  }
}
