import { type AppLocale, locales } from "@/i18n/locales";
import { localizedPath } from "./seo";

export type SitemapPage = {
  /** the path without locale ("" for home) */
  path: string;
  priority: number;
  changeFrequency: "daily" | "weekly" | "monthly";
};

export type SitemapEntry = {
  url: string;
  changeFrequency: SitemapPage["changeFrequency"];
  priority: number;
  alternates: { languages: Record<string, string> };
};

/**
 * One sitemap entry per page and language, each listing the page in every language (hreflang
 * alternates, x-default in the shop's home language).
 */
export function sitemapEntries(site: URL, pages: readonly SitemapPage[]): SitemapEntry[] {
  const absolute = (locale: AppLocale, path: string) => new URL(localizedPath(locale, path), site).href;
  return pages.flatMap((page) => {
    const languages: Record<string, string> = {};
    for (const locale of locales) languages[locale] = absolute(locale, page.path);
    languages["x-default"] = absolute("zh-CN", page.path);
    return locales.map((locale) => ({
      url: absolute(locale, page.path),
      changeFrequency: page.changeFrequency,
      priority: page.priority,
      alternates: { languages },
    }));
  });
}
