import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as localeParam } from "next/root-params";
import { catalogues } from "@/messages";
import { routing } from "./routing";

// The shop, its workshops and its coordinators are in Zhaoqing.
const TIME_ZONE = "Asia/Shanghai";

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // An explicit locale (getTranslations({ locale })) wins; otherwise the [locale] root segment.
  const requested = explicitLocale ?? (await localeParam());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    timeZone: TIME_ZONE,
    messages: catalogues[locale],
  };
});
