import "server-only";
import type { MakerProfile, ProductMakers } from "@jinxiu/workshop/domain/http";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet, cachedStoreGetOrNull } from "./cached-store";
import { WORKSHOP_CACHE } from "./workshops";

/** Who made a product and the share of its price that goes to them. Cached like workshop data. */
export const getProductMakers = cache(async (productId: string): Promise<ProductMakers> => {
  return cachedStoreGet<ProductMakers>(`/store/products/${encodeURIComponent(productId)}/makers`, {}, {
    tags: [...WORKSHOP_CACHE.tags, CACHE_TAGS.products],
    revalidate: WORKSHOP_CACHE.revalidate,
  });
});

/** A maker's public profile, or null when there is none (unknown, or she gave no consent). */
export const getMaker = cache(async (id: string): Promise<MakerProfile | null> => {
  const body = await cachedStoreGetOrNull<{ maker: MakerProfile }>(`/store/makers/${encodeURIComponent(id)}`, {}, WORKSHOP_CACHE);
  return body?.maker ?? null;
});
