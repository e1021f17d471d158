import { WORKSHOP_TIME_ZONE } from "@jinxiu/workshop/domain/calendar";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as localeParam } from "next/root-params";
import { catalogues } from "@/messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // An explicit locale (getTranslations({ locale })) wins; otherwise the [locale] root segment.
  const requested = explicitLocale ?? (await localeParam());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    // The shop, its workshops and its coordinators are in Zhaoqing: dates are China's.
    timeZone: WORKSHOP_TIME_ZONE,
    messages: catalogues[locale],
  };
});
