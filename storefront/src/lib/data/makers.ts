import "server-only";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet, cachedStoreGetOrNull } from "./cached-store";
import { type PublicMaker, type WorkshopRef, WORKSHOP_CACHE } from "./workshops";

/** One maker of a product (GET /store/products/:id/makers). */
export type ProductMaker = {
  artisan_id: string;
  display_name: string;
  weight: number;
  /** her part of the sale, in percent of the price */
  share_percent_of_sale: number;
  workshop: WorkshopRef;
  /** she consented to a public profile: her story page (/makers/:id) exists */
  public_profile: boolean;
  /** only with her consent */
  photo_url?: string | null;
};

export type ProductMakers = {
  product_id: string;
  /** the part of each sale credited to the makers, in percent of the price */
  share_percent: number;
  makers: ProductMaker[];
};

/** Who made a product and the share of its price that goes to them. Cached like workshop data. */
export const getProductMakers = cache(async (productId: string): Promise<ProductMakers> => {
  return cachedStoreGet<ProductMakers>(`/store/products/${encodeURIComponent(productId)}/makers`, {}, {
    tags: [...WORKSHOP_CACHE.tags, CACHE_TAGS.products],
    revalidate: WORKSHOP_CACHE.revalidate,
  });
});

export type MakerProfile = PublicMaker & { product_ids: string[] };

/** A maker's public profile, or null when there is none (unknown, or she gave no consent). */
export const getMaker = cache(async (id: string): Promise<MakerProfile | null> => {
  const body = await cachedStoreGetOrNull<{ maker: MakerProfile }>(`/store/makers/${encodeURIComponent(id)}`, {}, WORKSHOP_CACHE);
  return body?.maker ?? null;
});
