import { type AppLocale, defaultLocale, locales } from "@/i18n/locales";

/**
 * The shop's public address, for absolute URLs in metadata, the sitemap and robots.txt:
 * SITE_URL (the address visitors use), else STOREFRONT_URL (the one the launcher gives), else
 * the local default. Read at run time, so one build serves any address.
 */
export function siteUrl(env: Record<string, string | undefined>): URL {
  for (const candidate of [env.SITE_URL, env.STOREFRONT_URL]) {
    const value = candidate?.trim();
    if (!value) continue;
    try {
      const url = new URL(value);
      if (url.protocol === "http:" || url.protocol === "https:") return new URL(url.origin);
    } catch {
      // not a URL: try the next one
    }
  }
  return new URL("http://localhost:8000");
}

/** A shop path in a locale: ("en", "/products/x") → "/en/products/x"; ("zh-CN", "") → "/zh-CN". */
export function localizedPath(locale: AppLocale, path: string): string {
  const clean = path === "/" ? "" : path;
  if (clean && !clean.startsWith("/")) throw new Error(`A shop path starts with "/": ${path}`);
  return `/${locale}${clean}`;
}

/**
 * The canonical URL of a page and its versions in every language, for <link rel="alternate"
 * hreflang>: zh-CN, en, and x-default (the shop's home language).
 */
export function localeAlternates(locale: AppLocale, path: string) {
  const languages: Record<string, string> = {};
  for (const candidate of locales) languages[candidate] = localizedPath(candidate, path);
  languages["x-default"] = localizedPath(defaultLocale, path);
  return { canonical: localizedPath(locale, path), languages };
}

/** Open Graph's locale code (zh_CN, en_US) for a page locale. */
export function openGraphLocale(locale: AppLocale): string {
  return locale === "zh-CN" ? "zh_CN" : "en_US";
}

/** Cuts a text to at most `max` characters at a word (or character, for Chinese) boundary. */
export function truncateText(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:，。；：、]+$/, "")}…`;
}
