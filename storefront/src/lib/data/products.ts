import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import type { AppLocale } from "@/i18n/locales";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { type CatalogProduct, type CatalogSourceProduct, toCatalogProduct } from "../catalog/catalog-product";
import { toApiLocale } from "../i18n-locale";
import { cachedStoreGet, uncachedStoreGet } from "./cached-store";

/** What the catalog list reads of each product: card data, categories, prices and stock. */
const CATALOG_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "created_at",
  "metadata",
  // The store API drops dotted category fields (categories.handle): the whole relation it is.
  "*categories",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",");

/** A product page: everything above plus images, options, description and material. */
const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "material",
  "thumbnail",
  "created_at",
  "metadata",
  "*images",
  "*options",
  "*options.values",
  "*categories",
  "*variants",
  "*variants.options",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",");

/** Products per backend request when reading the whole catalog. */
const BATCH = 100;
/** A safety stop: the shop reads its catalog whole, which suits a handicraft shop's size. */
const MAX_PRODUCTS = 2_000;

/**
 * Every published product of the shop, in `locale` (the Translation module answers
 * `?locale=en-US`; zh-CN is the base language), with prices in the region and stock, newest
 * first. Cached in Next's data cache (tag catalog:products) until the backend announces a change;
 * the catalog pages filter, sort and paginate it in memory (lib/catalog/query.ts).
 */
export const listCatalog = cache(async (locale: AppLocale, regionId: string): Promise<CatalogProduct[]> => {
  const products: CatalogProduct[] = [];
  for (let offset = 0; offset < MAX_PRODUCTS; offset += BATCH) {
    const page = await cachedStoreGet<{ products: CatalogSourceProduct[]; count: number }>(
      "/store/products",
      {
        limit: BATCH,
        offset,
        order: "-created_at",
        region_id: regionId,
        fields: CATALOG_FIELDS,
        locale: toApiLocale(locale),
      },
      { tags: [CACHE_TAGS.products] },
    );
    products.push(...page.products.map(toCatalogProduct));
    if (page.products.length < BATCH || products.length >= page.count) break;
  }
  return products;
});

/**
 * Some products by id, as the catalog list reads them (card data, prices in the region, stock), in
 * the order of `ids` (a search's ranking); ids the shop doesn't sell are left out. Not cached:
 * which ids is what a visitor searched for.
 */
export async function listCatalogProductsByIds(ids: readonly string[], locale: AppLocale, regionId: string): Promise<CatalogProduct[]> {
  if (!ids.length) return [];
  const { products } = await uncachedStoreGet<{ products: CatalogSourceProduct[] }>("/store/products", {
    id: [...ids],
    limit: ids.length,
    region_id: regionId,
    fields: CATALOG_FIELDS,
    locale: toApiLocale(locale),
  });
  const byId = new Map(products.map((product) => [product.id, toCatalogProduct(product)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One product by its handle, with images, options, variants, prices and stock; null when none. */
export const getProductByHandle = cache(
  async (handle: string, locale: AppLocale, regionId: string): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await cachedStoreGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      { handle, limit: 1, region_id: regionId, fields: PRODUCT_FIELDS, locale: toApiLocale(locale) },
      { tags: [CACHE_TAGS.products] },
    );
    return products[0] ?? null;
  },
);
