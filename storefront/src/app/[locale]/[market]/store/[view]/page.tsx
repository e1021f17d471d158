import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogPageContent } from "@/components/catalog/catalog-page";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { catalogViewQuery } from "@/lib/catalog/list-view";
import { shopParams } from "@/lib/catalog/shop-params";

// Sort, filters and page come from the URL's query, which the proxy turns into the [view] segment
// (lib/catalog/list-view.ts): each list view is rendered on its first request and then served from
// the cache, like a product page, until the catalog's cache tags drop it.
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/[market]/store/[view]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view: _view, ...shop } = await params;
  const { locale } = await shopParams(Promise.resolve(shop));
  const t = await getTranslations({ locale, namespace: "StorePage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/store", title: t("title"), description: t("description"), siteName: meta("title") });
}

export default async function StorePage({ params }: Props) {
  const { view, ...shop } = await params;
  const { locale, market } = await shopParams(Promise.resolve(shop));
  const t = await getTranslations({ locale, namespace: "StorePage" });
  return (
    <div className="py-10 sm:py-14">
      <header className="mb-10">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-ink-muted">{t("intro")}</p>
      </header>
      <CatalogPageContent locale={locale} market={market} searchParams={catalogViewQuery(view)} basePath="/store" />
    </div>
  );
}
