import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalog/pagination";
import { ProductGrid } from "@/components/product-grid";
import { SearchForm } from "@/components/search-form";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { MAX_QUERY_LENGTH, parseSearchQuery, searchBoxText } from "@/lib/catalog/search-text";
import { shopParams } from "@/lib/catalog/shop-params";
import { getMarketRegion } from "@/lib/data/regions";
import { searchProducts } from "@/lib/data/search";
import { renderPerRequest } from "@/lib/security/per-request";

// The query comes from the URL, so the page renders per request; the backend searches (in
// PostgreSQL) and the page's products are read per request too.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/[market]/search">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "SearchPage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return {
    ...pageMetadata({ locale, path: "/search", title: t("title"), description: t("description"), siteName: meta("title") }),
    // Result pages are endless variations of the catalog: not for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SearchPage({ params, searchParams }: Props) {
  await renderPerRequest();
  const { locale, market } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "SearchPage" });
  const search = await searchParams;
  const query = parseSearchQuery(search.q);
  const pageParam = Number(firstParam(search.page) ?? "1");
  const requestedPage = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;

  let content: React.ReactNode;
  if (!query.ok && query.reason === "empty") {
    content = (
      <p className="py-8 text-ink-muted" data-testid="search-message">
        {t("empty")}
      </p>
    );
  } else if (!query.ok) {
    // Too long, or junk no one types (NUL, broken Unicode): nothing can match, and nothing is
    // asked of the backend. The same view as a search that found nothing.
    content = (
      <>
        {query.reason === "too_long" ? (
          <p className="text-sm text-ink-muted" data-testid="search-message">
            {t("tooLong", { max: MAX_QUERY_LENGTH })}
          </p>
        ) : null}
        <div className="mt-8">
          <p className="py-12 text-center text-ink-muted" data-testid="no-results">
            {t("noResults")}
          </p>
        </div>
      </>
    );
  } else {
    const region = await getMarketRegion(market);
    // One page of the backend's ranking, best first, and how many match in all.
    const result = await searchProducts(locale, region.id, query, requestedPage);
    content = (
      <>
        <p className="text-sm text-ink-muted" role="status" data-testid="result-count">
          {t("count", { count: result.total, query: query.shown })}
        </p>
        <div className="mt-8">
          {result.items.length > 0 ? (
            <ProductGrid products={result.items} locale={locale} aboveTheFold />
          ) : (
            <p className="py-12 text-center text-ink-muted" data-testid="no-results">
              {t("noResults")}
            </p>
          )}
        </div>
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => `/search?${new URLSearchParams({ q: query.shown, ...(page > 1 ? { page: String(page) } : {}) })}`}
          label={t("paginationLabel")}
          previous={t("previous")}
          next={t("next")}
          pageLabel={(page) => t("pageLabel", { page })}
        />
      </>
    );
  }

  return (
    <div className="py-10 sm:py-14">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <div className="mt-6 max-w-xl">
        <SearchForm locale={locale} idSuffix="page" defaultValue={query.ok ? query.shown : searchBoxText(search.q)} />
      </div>
      <div className="mt-8">{content}</div>
    </div>
  );
}
