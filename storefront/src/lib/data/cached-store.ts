import "server-only";
import { FetchError } from "@medusajs/js-sdk";
import type { CacheTag } from "../catalog/cache-tags";
import { getMedusaSdk } from "../medusa";

type Query = Record<string, string | number | boolean | string[] | undefined>;

export type CachedReadOptions = {
  /** what makes this read stale (see lib/catalog/cache-tags.ts and /api/revalidate) */
  tags: readonly CacheTag[];
  /**
   * Seconds after which the data is refreshed even without an event (for data whose changes
   * the backend does not announce, e.g. workshops, or impact figures that change with payouts).
   * Without it, the data stays until its tags are revalidated.
   */
  revalidate?: number;
};

/**
 * A GET on the Medusa store API whose answer is kept in Next's data cache (fetch with
 * `cache: "force-cache"` and tags): every visitor of a catalog page is served from it until the
 * backend announces a change (POST /api/revalidate) or `revalidate` seconds have passed. Only for
 * data that is the same for every visitor: never send a visitor's token through it.
 */
export async function cachedStoreGet<T>(path: string, query: Query, options: CachedReadOptions): Promise<T> {
  return getMedusaSdk().client.fetch<T>(path, {
    query,
    cache: "force-cache",
    next: {
      tags: [...options.tags],
      ...(options.revalidate !== undefined ? { revalidate: options.revalidate } : {}),
    },
  });
}

/** Like cachedStoreGet, but null when the backend answers 404. */
export async function cachedStoreGetOrNull<T>(path: string, query: Query, options: CachedReadOptions): Promise<T | null> {
  try {
    return await cachedStoreGet<T>(path, query, options);
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}

/** A GET that is never cached (per-query searches, whose keys a visitor chooses). */
export async function uncachedStoreGet<T>(path: string, query: Query): Promise<T> {
  return getMedusaSdk().client.fetch<T>(path, { query, cache: "no-store" });
}
