import "server-only";
import type { AppLocale } from "@/i18n/locales";
import type { CatalogProduct } from "../catalog/catalog-product";
import { rankSearchResults, type SearchDocument } from "../catalog/search-text";
import { listCategories } from "./categories";
import { listCatalog, listSearchTexts } from "./products";
import { uncachedStoreGet } from "./cached-store";

const MAX_BACKEND_MATCHES = 200;

/**
 * Medusa's `q` on /store/products: the base language (Chinese) fields and SKUs only; it does not
 * search the Translation module's English. Not cached (its key is whatever a visitor types).
 */
async function backendMatches(text: string): Promise<string[]> {
  try {
    const { products } = await uncachedStoreGet<{ products: { id: string }[] }>("/store/products", {
      q: text,
      fields: "id",
      limit: MAX_BACKEND_MATCHES,
    });
    return products.map((product) => product.id);
  } catch (error) {
    // The shop's own matching over both languages still answers.
    console.error("Product search: the backend's q search failed", error);
    return [];
  }
}

/**
 * Products matching `terms`, best first, for the page's market: the shop matches each term
 * against every product's title, subtitle, description, material and category names in Chinese
 * and English (cached reads), and merges Medusa's own `q` matches (Chinese, SKUs).
 */
export async function searchProducts(
  locale: AppLocale,
  regionId: string,
  query: { text: string; terms: readonly string[] },
): Promise<CatalogProduct[]> {
  const [catalog, zhTexts, enTexts, zhCategories, enCategories, fromBackend] = await Promise.all([
    listCatalog(locale, regionId),
    listSearchTexts("zh-CN"),
    listSearchTexts("en"),
    listCategories("zh-CN"),
    listCategories("en"),
    backendMatches(query.text),
  ]);
  const zhById = new Map(zhTexts.map((texts) => [texts.id, texts]));
  const enById = new Map(enTexts.map((texts) => [texts.id, texts]));
  const categoryNames = new Map<string, string[]>();
  for (const category of [...zhCategories, ...enCategories]) {
    categoryNames.set(category.handle, [...(categoryNames.get(category.handle) ?? []), category.name]);
  }

  const documents: SearchDocument[] = catalog.map((product) => {
    const categories = product.categoryHandles.flatMap((handle) => categoryNames.get(handle) ?? []);
    return {
      id: product.id,
      languages: [zhById.get(product.id), enById.get(product.id)].flatMap((texts) =>
        texts
          ? [{ title: texts.title, subtitle: texts.subtitle, other: [texts.description, texts.material, ...categories] }]
          : [],
      ),
    };
  });
  const byId = new Map(catalog.map((product) => [product.id, product]));
  return rankSearchResults(documents, query.terms, fromBackend).flatMap((id) => {
    const product = byId.get(id);
    return product ? [product] : [];
  });
}
