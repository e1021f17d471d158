import { locales, type AppLocale } from "@/i18n/locales";

/**
 * The locale code the Medusa store API expects (`?locale=`), for a storefront locale.
 * The backend's Translation module has no fallback (`en` does not find `en-US`), so the mapping is
 * explicit. zh-CN is the base language of product data; asking for it returns the base fields.
 */
const API_LOCALE: Record<AppLocale, string> = {
  "zh-CN": "zh-CN",
  en: "en-US",
};

export function toApiLocale(locale: AppLocale): string {
  return API_LOCALE[locale];
}

/** The locale the language switch offers from `locale` (zh-CN <-> en). */
export function alternateLocale(locale: AppLocale): AppLocale {
  const other = locales.find((candidate) => candidate !== locale);
  if (!other) throw new Error(`No alternate locale for ${locale}`);
  return other;
}
