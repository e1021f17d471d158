import type { AppLocale } from "@/i18n/locales";
import { pick } from "@/lib/catalog/bilingual";
import { type QueryProblem, type SearchParamsRecord, applyCatalogQuery, parseCatalogQuery } from "@/lib/catalog/query";
import { listAwardedProductIds } from "@/lib/data/awards";
import { listCategories } from "@/lib/data/categories";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { getWorkshop, listWorkshops } from "@/lib/data/workshops";
import { type Market, marketCurrency } from "@/lib/market";
import { CatalogView } from "./catalog-view";

type CatalogPageContentProps = {
  locale: AppLocale;
  market: Market;
  searchParams: SearchParamsRecord;
  /** a category page: its handle (the category is fixed) */
  categoryHandle?: string;
  basePath: string;
};

/**
 * The list of /store and /categories/[handle]: reads the whole catalog of the market from the
 * cache and applies the URL's sort, filters and page in memory.
 */
export async function CatalogPageContent({ locale, market, searchParams, categoryHandle, basePath }: CatalogPageContentProps) {
  const parsed = parseCatalogQuery(searchParams);
  const query = categoryHandle ? { ...parsed.query, category: categoryHandle } : parsed.query;
  const problems: QueryProblem[] = categoryHandle
    ? parsed.problems.filter((problem) => problem.field !== "category")
    : parsed.problems;

  const region = await getMarketRegion(market);
  const [catalog, categories, workshops, workshop] = await Promise.all([
    listCatalog(locale, region.id),
    listCategories(locale),
    listWorkshops(),
    query.workshop ? getWorkshop(query.workshop) : Promise.resolve(null),
  ]);
  if (query.workshop && !workshop) {
    problems.push({ field: "workshop", reason: "unknown_value", value: query.workshop });
    delete query.workshop;
  }
  if (!categoryHandle && query.category && !categories.some((category) => category.handle === query.category)) {
    problems.push({ field: "category", reason: "unknown_value", value: query.category });
    delete query.category;
  }

  // Only a list filtered to award-winning pieces asks which products have awards (cached reads).
  const awarded = query.awarded ? await listAwardedProductIds(catalog.map((product) => product.id)) : undefined;
  const result = applyCatalogQuery(catalog, query, workshop ? new Set(workshop.product_ids) : undefined, undefined, awarded);

  return (
    <CatalogView
      locale={locale}
      basePath={basePath}
      query={query}
      problems={problems}
      result={result}
      currencyCode={marketCurrency[market]}
      categories={categories.map((category) => ({ value: category.handle, label: category.name }))}
      workshops={workshops.map((candidate) => ({ value: candidate.handle, label: pick(locale, candidate.name_zh, candidate.name_en) }))}
      fixedCategory={Boolean(categoryHandle)}
    />
  );
}
