import "server-only";
import type { AppLocale } from "@/i18n/locales";
import type { CatalogProduct } from "../catalog/catalog-product";
import { type CatalogPage, PAGE_SIZE } from "../catalog/query";
import { uncachedStoreGet } from "./cached-store";
import { listCatalogProductsByIds } from "./products";

/** The backend's answer (GET /store/product-search): one page of the ranking, and how many match. */
type SearchAnswer = { products: { id: string; score: number }[]; count: number };

function ask(text: string, page: number, pageSize: number): Promise<SearchAnswer> {
  return uncachedStoreGet<SearchAnswer>("/store/product-search", { q: text, limit: pageSize, offset: (page - 1) * pageSize });
}

/**
 * One page of the products matching `query`, best first, for the page's market. The backend
 * matches and ranks in PostgreSQL over every product's title, subtitle, description, material,
 * category names, versions and SKUs, in Chinese and English (`GET /store/product-search`; the
 * rules are the plugin's domain, search.ts) and answers the page's ids and the total; the shop
 * then reads those products with the region's prices. Neither read is cached: their key is what a
 * visitor types. A page past the end shows the last page.
 */
export async function searchProducts(
  locale: AppLocale,
  regionId: string,
  query: { text: string },
  requestedPage: number,
  pageSize = PAGE_SIZE,
): Promise<CatalogPage<CatalogProduct>> {
  let page = Math.max(1, Math.floor(requestedPage) || 1);
  let answer = await ask(query.text, page, pageSize);
  const pageCount = Math.max(1, Math.ceil(answer.count / pageSize));
  if (page > pageCount) {
    page = pageCount;
    answer = answer.count > 0 ? await ask(query.text, page, pageSize) : answer;
  }
  const items = await listCatalogProductsByIds(
    answer.products.map((product) => product.id),
    locale,
    regionId,
  );
  return { items, total: answer.count, page, pageCount };
}
