import "server-only";
import type { StoreWorkshop, StoreWorkshopDetail } from "@jinxiu/workshop/domain/http";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet, cachedStoreGetOrNull } from "./cached-store";

/**
 * Workshop data is changed through the programme's admin (plugins/workshop), which announces no
 * events the shop listens to: it is cached with the workshops tag and refreshed every 5 minutes.
 */
const WORKSHOP_CACHE = { tags: [CACHE_TAGS.workshops], revalidate: 300 } as const;

export type StoreWorkshopListResponse = { workshops: StoreWorkshop[] };

/** The active workshops, in the backend's order (by English name). */
export const listWorkshops = cache(async (): Promise<StoreWorkshop[]> => {
  const { workshops } = await cachedStoreGet<StoreWorkshopListResponse>("/store/workshops", { limit: 50 }, WORKSHOP_CACHE);
  return workshops;
});

/** One active workshop with its public makers and product ids, or null. */
export const getWorkshop = cache(async (handle: string): Promise<StoreWorkshopDetail | null> => {
  const body = await cachedStoreGetOrNull<{ workshop: StoreWorkshopDetail }>(
    `/store/workshops/${encodeURIComponent(handle)}`,
    {},
    WORKSHOP_CACHE,
  );
  return body?.workshop ?? null;
});

export { WORKSHOP_CACHE };
