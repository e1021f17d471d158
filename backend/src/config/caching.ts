import { Modules } from "@medusajs/framework/utils"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/** How long a cached store read lives at most, in seconds (changes drop it sooner: see below). */
export const QUERY_CACHE_TTL_SECONDS = 3600
/** The in-process cache's ceiling: entries beyond it are not cached (Medusa's memory provider). */
export const QUERY_CACHE_MAX_BYTES = 48 * 1024 * 1024

/** Medusa's caching module is on unless MEDUSA_FF_CACHING=false. */
export function cachingEnabled(env: NodeJS.ProcessEnv): boolean {
  return (env.MEDUSA_FF_CACHING ?? "true").trim().toLowerCase() !== "false"
}

/**
 * Medusa's caching module, which keeps the results of Query reads that ask for it (the store's
 * product list and product pages with region prices, our makers' and workshops' store routes).
 * Without REDIS_URL it keeps them in this process's memory, bounded (QUERY_CACHE_MAX_BYTES) and
 * with a TTL; with REDIS_URL in Redis, shared by every backend instance, so a change cleared by
 * the worker is cleared for all. Medusa drops entries by the entities an event names; the
 * catalog subscriber (src/subscribers/storefront-revalidate.ts) also clears them on every catalog
 * change (prices, stock, translations, our workshops), so no read outlives a change.
 */
export function cachingModule(env: NodeJS.ProcessEnv): ModuleEntry[] {
  if (!cachingEnabled(env)) return []
  const redisUrl = env.REDIS_URL?.trim()
  if (redisUrl) {
    return [
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl, prefix: "jinxiu:query:", ttl: QUERY_CACHE_TTL_SECONDS },
            },
          ],
        },
      },
    ]
  }
  return [
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        in_memory: { enable: true, maxSize: QUERY_CACHE_MAX_BYTES, ttl: QUERY_CACHE_TTL_SECONDS },
      },
    },
  ]
}
