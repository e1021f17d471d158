import type { AppLocale } from "@/i18n/locales";

/**
 * The shop's two markets: China pays in CNY, everyone else in USD. A market maps to one Medusa
 * region (found by its currency). The visitor's market comes from the `jinxiu_market` cookie
 * (set by the market selector), else from the page's language: zh-CN → cn, en → intl.
 *
 * Catalog pages are rendered per (locale, market) and cached: the proxy rewrites
 * /zh-CN/products/x to /zh-CN/cn/products/x internally, so the URL a visitor sees and shares has
 * no market in it, and no catalog page has to read cookies.
 */
export const markets = ["cn", "intl"] as const;
export type Market = (typeof markets)[number];

export const MARKET_COOKIE = "jinxiu_market";

export const marketCurrency: Record<Market, string> = { cn: "cny", intl: "usd" };

export function isMarket(value: unknown): value is Market {
  return typeof value === "string" && (markets as readonly string[]).includes(value);
}

export function defaultMarketFor(locale: AppLocale): Market {
  return locale === "zh-CN" ? "cn" : "intl";
}

/** The visitor's market: a valid cookie wins, else the language's default. */
export function resolveMarket(cookieValue: string | undefined, locale: AppLocale): Market {
  return isMarket(cookieValue) ? cookieValue : defaultMarketFor(locale);
}

/**
 * Top-level path segments under /{locale} that are not shop pages and are never rewritten into a
 * market: the coordinators' desk and the craftswomen's income pages.
 */
export const NON_SHOP_SECTIONS = ["desk", "me"] as const;
