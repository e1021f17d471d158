import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { getMedusaSdk } from "../medusa";

/**
 * The region whose currency is `currencyCode` (lower-case ISO code, e.g. "cny"). Prices are
 * calculated for a region, so every product read needs one. Throws when the backend has no such
 * region: that is a setup error (seed), not something a visitor can fix.
 */
export const getRegionForCurrency = cache(
  async (currencyCode: string): Promise<HttpTypes.StoreRegion> => {
    const { regions } = await getMedusaSdk().store.region.list({
      fields: "id,name,currency_code",
      limit: 100,
    });
    const wanted = currencyCode.toLowerCase();
    const region = regions.find((candidate) => candidate.currency_code?.toLowerCase() === wanted);
    if (!region) {
      throw new Error(`No region with currency "${wanted}" in the Medusa backend`);
    }
    return region;
  },
);

/** The shop shows CNY prices in both locales in this slice. */
export const SHOP_CURRENCY = "cny";

export function getShopRegion(): Promise<HttpTypes.StoreRegion> {
  return getRegionForCurrency(SHOP_CURRENCY);
}
