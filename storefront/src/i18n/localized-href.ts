import type { AppLocale } from "./locales";
import { locales } from "./locales";

/** An href as our links take it: a path without the locale ("/store"), or a path with a query. */
export type Href = string | { pathname: string; query?: Record<string, string | number | undefined> };

const LOCALE_PREFIX = new RegExp(`^/(${locales.map((l) => l.replace(/[-]/g, "\\-")).join("|")})(?=/|$)`);

/** `href` under `locale` (every URL carries its locale: /zh-CN/..., /en/...); other origins and anchors unchanged. */
export function localizedHref(locale: AppLocale, href: Href): string {
  if (typeof href !== "string") {
    const query = Object.entries(href.query ?? {}).filter(([, value]) => value !== undefined) as [string, string | number][];
    const search = new URLSearchParams(query.map(([key, value]) => [key, String(value)])).toString();
    return `${localizedHref(locale, href.pathname)}${search ? `?${search}` : ""}`;
  }
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const bare = href.replace(LOCALE_PREFIX, "");
  if (bare === "" || bare.startsWith("?") || bare.startsWith("#")) return `/${locale}${bare}`;
  return `/${locale}${bare === "/" ? "" : bare}`;
}

/** A browser path without its locale prefix ("/zh-CN/desk" -> "/desk", "/en" -> "/"). */
export function pathWithoutLocale(pathname: string): string {
  const bare = pathname.replace(LOCALE_PREFIX, "");
  return bare === "" ? "/" : bare;
}
