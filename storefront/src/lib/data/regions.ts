import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { type Market, marketCurrency } from "../market";
import { cachedStoreGet } from "./cached-store";

/**
 * The region whose currency is `currencyCode` (lower-case ISO code, e.g. "cny"). Prices are
 * calculated for a region, so every product read needs one. Throws when the backend has no such
 * region: that is a setup error (seed), not something a visitor can fix.
 * Cached (tag catalog:regions, and refreshed hourly: regions change rarely).
 */
export const getRegionForCurrency = cache(
  async (currencyCode: string): Promise<HttpTypes.StoreRegion> => {
    const { regions } = await cachedStoreGet<HttpTypes.StoreRegionListResponse>(
      "/store/regions",
      { fields: "id,name,currency_code", limit: 100 },
      { tags: [CACHE_TAGS.regions], revalidate: 3600 },
    );
    const wanted = currencyCode.toLowerCase();
    const region = regions.find((candidate) => candidate.currency_code?.toLowerCase() === wanted);
    if (!region) {
      throw new Error(`No region with currency "${wanted}" in the Medusa backend`);
    }
    return region;
  },
);

/** The Medusa region of a market (cn: CNY, intl: USD). */
export function getMarketRegion(market: Market): Promise<HttpTypes.StoreRegion> {
  return getRegionForCurrency(marketCurrency[market]);
}
