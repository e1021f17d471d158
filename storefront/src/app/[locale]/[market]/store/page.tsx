import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogPageContent } from "@/components/catalog/catalog-page";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";

// Sort, filters and page come from the URL, so the page renders per request; the products,
// categories and workshops it shows come from the data cache (fetches with cache: "force-cache").
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/store">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "StorePage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/store", title: t("title"), description: t("description"), siteName: meta("title") });
}

export default async function StorePage({ params, searchParams }: PageProps<"/[locale]/[market]/store">) {
  const { locale, market } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "StorePage" });
  return (
    <div className="py-10 sm:py-14">
      <header className="mb-10">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-ink-muted">{t("intro")}</p>
      </header>
      <CatalogPageContent locale={locale} market={market} searchParams={await searchParams} basePath="/store" />
    </div>
  );
}
