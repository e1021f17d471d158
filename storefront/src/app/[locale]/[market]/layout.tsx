import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";
import { openGraphLocale, siteUrl } from "@/lib/catalog/seo";
import { isMarket } from "@/lib/market";

// The shop's pages, per market (cn: CNY, intl: USD). The market segment never shows in the URL:
// src/proxy.ts rewrites /zh-CN/... to /zh-CN/<market>/... from the visitor's market cookie or
// language. No market is prerendered at build time (the backend isn't running then); each page
// is rendered on its first request and then served from the cache until its data changes.
export function generateStaticParams() {
  return [];
}

// Pages render for params not generated at build time (Next's default, dynamicParams = true;
// nothing above this segment may set it to false, since segments inherit it).

export async function generateMetadata({ params }: LayoutProps<"/[locale]/[market]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: siteUrl(process.env),
    openGraph: {
      siteName: t("title"),
      locale: openGraphLocale(locale),
      type: "website",
    },
  };
}

export default async function ShopLayout({ children, params }: LayoutProps<"/[locale]/[market]">) {
  const { market } = await params;
  if (!isMarket(market)) notFound();

  return (
    <>
      <SiteHeader market={market} />
      <main id="main" className="mx-auto max-w-6xl px-4 sm:px-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
