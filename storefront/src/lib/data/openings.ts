import "server-only";
import { FetchError } from "@medusajs/js-sdk";
import { cache } from "react";
import type { ApplicationStatusView, StoreOpening, StoreOpeningList } from "../jobs/types";
import { cachedStoreGet, cachedStoreGetOrNull, uncachedStoreGet } from "./cached-store";
import { WORKSHOP_CACHE } from "./workshops";

/**
 * Mama-post openings (妈妈岗) are the programme admin's data, like workshops (no events the shop
 * listens to), and their pay is read from the ledger: cached with the workshops tag for a minute.
 */
const OPENINGS_CACHE = { tags: WORKSHOP_CACHE.tags, revalidate: 60 } as const;

/** At most this many openings are listed (the backend's own maximum). */
const MAX_OPENINGS = 200;

/** The open openings, newest first, filtered by the backend (district, at_home, school_hours). */
export const listOpenings = cache(async (filters: string): Promise<StoreOpening[]> => {
  const query = Object.fromEntries(new URLSearchParams(filters));
  const { openings } = await cachedStoreGet<StoreOpeningList>("/store/openings", { ...query, limit: MAX_OPENINGS }, OPENINGS_CACHE);
  return openings;
});

/** One opening (open or closed), or null when there is none. */
export const getOpening = cache(async (id: string): Promise<StoreOpening | null> => {
  const body = await cachedStoreGetOrNull<{ opening: StoreOpening }>(`/store/openings/${encodeURIComponent(id)}`, {}, OPENINGS_CACHE);
  return body?.opening ?? null;
});

/**
 * What her private status link shows, asked afresh on every visit (never cached: it changes when
 * the workshop calls her); null for a token that matches nothing (or was replaced).
 */
export async function getApplicationStatus(token: string): Promise<ApplicationStatusView | null> {
  try {
    const { application } = await uncachedStoreGet<{ application: ApplicationStatusView }>(
      `/store/applications/${encodeURIComponent(token)}`,
      {},
    );
    return application;
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}
