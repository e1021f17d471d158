// Where the storefront's shared cache lives in Redis, and how big its parts may be.
import crypto from "node:crypto"

/** Memory copies of shared cache entries, per instance (MB): the same budget as Next's own
 * in-memory cache without Redis (next.config.ts `cacheMaxMemorySize`). */
export const DEFAULT_MEMORY_MB = 32

/**
 * The Redis key prefix of one build rendering against one backend:
 * `jinxiu:next:<build id>:<fingerprint>:`. Pages rendered by another build, or against another
 * backend, publishable key or site address (other prices, image URLs, links) live under another
 * prefix and are never served; they expire on their own.
 * @param {{ buildId?: string, env: Record<string, string | undefined> }} input
 */
export function sharedCacheSettings({ buildId, env }) {
  const fingerprint = crypto
    .createHash("sha256")
    .update([env.MEDUSA_BACKEND_URL ?? "", env.MEDUSA_PUBLISHABLE_KEY ?? "", env.SITE_URL ?? ""].join("\n"))
    .digest("hex")
    .slice(0, 16)
  const build = (buildId ?? "").trim() || "unknown-build"
  const keyPrefix = `jinxiu:next:${build}:${fingerprint}:`
  const raw = env.STOREFRONT_CACHE_MEMORY_MB?.trim()
  const memoryMb = raw ? Number(raw) : DEFAULT_MEMORY_MB
  if (!Number.isFinite(memoryMb) || memoryMb < 0) {
    throw new Error(`STOREFRONT_CACHE_MEMORY_MB must be a number of MB, 0 or more (got "${raw}")`)
  }
  return {
    // A Redis of its own for the cache is better (README "Scaling out"): a cache wants keys evicted
    // when memory is full, Medusa's queues and locks on REDIS_URL must never be.
    url: env.STOREFRONT_REDIS_URL || env.REDIS_URL,
    keyPrefix,
    channel: `${keyPrefix}invalidations`,
    memoryBytes: Math.floor(memoryMb * 1024 * 1024),
  }
}
