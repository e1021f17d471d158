/**
 * The storefront's locales. Kept free of framework imports so pure helpers and tests can use it.
 * zh-CN is the shop's home language; English is the second.
 */
export const locales = ["zh-CN", "en"] as const;

export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "zh-CN";

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
