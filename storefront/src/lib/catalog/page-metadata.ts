import type { Metadata } from "next";
import { OG_IMAGES } from "@/components/og/og-images";
import type { AppLocale } from "@/i18n/locales";
import { localeAlternates, localizedPath, openGraphLocale, truncateText } from "./seo";

type PageMetadataInput = {
  locale: AppLocale;
  /** the page's path without locale ("" for home, "/products/x") */
  path: string;
  /** the page title; the [locale] layout's template adds the shop's name */
  title: string;
  /** true for the home page: the title is used as is */
  absoluteTitle?: boolean;
  description: string;
  /** the shop's name for og:site_name */
  siteName: string;
  /** absolute or metadataBase-relative image URLs; without, the shop's sharing card */
  images?: Array<{ url: string; width?: number; height?: number; alt: string }>;
  type?: "website" | "article";
};

/**
 * A shop page's metadata: title, description, canonical URL with hreflang alternates (zh-CN, en,
 * x-default) and Open Graph. Child metadata replaces a parent's openGraph object as a whole, so
 * every page sets all of it here.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const description = truncateText(input.description, 160);
  const card = OG_IMAGES[input.locale];
  const images = input.images ?? [{ url: card.src, width: card.width, height: card.height, alt: input.siteName }];
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: localeAlternates(input.locale, input.path),
    openGraph: {
      title: input.title,
      description,
      url: localizedPath(input.locale, input.path),
      siteName: input.siteName,
      locale: openGraphLocale(input.locale),
      alternateLocale: [openGraphLocale(input.locale === "zh-CN" ? "en" : "zh-CN")],
      type: input.type ?? "website",
      images,
    },
    twitter: { card: "summary_large_image", images: images.map((image) => image.url) },
  };
}
