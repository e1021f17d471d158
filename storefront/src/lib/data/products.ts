import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import type { AppLocale } from "@/i18n/locales";
import { toApiLocale } from "../i18n-locale";
import { getMedusaSdk } from "../medusa";

/** Default product fields plus each variant's price in the region, and the thumbnail. */
const PRODUCT_FIELDS = "*variants.calculated_price,+thumbnail";
const PRODUCTS_PER_PAGE = 24;

/**
 * The first page of products, with titles and descriptions in `locale` (the backend's Translation
 * module answers `?locale=en-US`; zh-CN is the base language) and prices in the region.
 * Wrapped in React's cache (primitive arguments only, so calls match) to share one request per render.
 */
export const listProducts = cache(
  async (locale: AppLocale, regionId: string): Promise<HttpTypes.StoreProduct[]> => {
    const { products } = await getMedusaSdk().store.product.list({
      limit: PRODUCTS_PER_PAGE,
      region_id: regionId,
      fields: PRODUCT_FIELDS,
      locale: toApiLocale(locale),
    });
    return products;
  },
);

/** One product by its handle, or null when no published product has it. */
export const getProductByHandle = cache(
  async (
    handle: string,
    locale: AppLocale,
    regionId: string,
  ): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await getMedusaSdk().store.product.list({
      handle,
      limit: 1,
      region_id: regionId,
      fields: PRODUCT_FIELDS,
      locale: toApiLocale(locale),
    });
    return products[0] ?? null;
  },
);
