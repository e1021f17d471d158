import "server-only";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet, cachedStoreGetOrNull } from "./cached-store";

/**
 * Workshop data is changed through the programme's admin (plugins/workshop), which announces no
 * events the shop listens to: it is cached with the workshops tag and refreshed every 5 minutes.
 */
const WORKSHOP_CACHE = { tags: [CACHE_TAGS.workshops], revalidate: 300 } as const;

/** A handicraft workshop as GET /store/workshops returns it (plugins/workshop). */
export type StoreWorkshop = {
  id: string;
  handle: string;
  name_zh: string;
  name_en: string;
  city_zh: string;
  city_en: string;
  district_zh: string;
  district_en: string;
  story_zh: string;
  story_en: string;
  founded_year?: number | null;
};

export type WorkshopRef = { id: string; handle: string; name_zh: string; name_en: string };

/** A maker's public profile (only makers who consented to one are ever returned). */
export type PublicMaker = {
  id: string;
  display_name: string;
  joined_year: number;
  skills: string[];
  story_zh: string | null;
  story_en: string | null;
  photo_url: string | null;
  workshop: WorkshopRef;
};

export type StoreWorkshopDetail = StoreWorkshop & {
  makers: PublicMaker[];
  /** the products made by this workshop's makers */
  product_ids: string[];
};

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
