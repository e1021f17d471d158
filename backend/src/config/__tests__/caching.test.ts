import { Modules } from "@medusajs/framework/utils"
import { cachingEnabled, cachingModule, QUERY_CACHE_MAX_BYTES, QUERY_CACHE_TTL_SECONDS } from "../caching"

describe("the store read cache's configuration", () => {
  it("is on by default and off with MEDUSA_FF_CACHING=false", () => {
    expect(cachingEnabled({})).toBe(true)
    expect(cachingEnabled({ MEDUSA_FF_CACHING: " FALSE " })).toBe(false)
    expect(cachingModule({ MEDUSA_FF_CACHING: "false" })).toEqual([])
  })

  it("keeps reads in this process's memory, bounded and with a TTL, when there is no Redis", () => {
    const [entry] = cachingModule({})
    expect(entry.key).toBe(Modules.CACHING)
    expect(entry.options).toEqual({ in_memory: { enable: true, maxSize: QUERY_CACHE_MAX_BYTES, ttl: QUERY_CACHE_TTL_SECONDS } })
    expect(QUERY_CACHE_MAX_BYTES).toBeLessThanOrEqual(64 * 1024 * 1024)
  })

  it("shares one Redis cache between instances with REDIS_URL, under its own key prefix", () => {
    const [entry] = cachingModule({ REDIS_URL: "redis://cache:6379" })
    const providers = (entry.options as { providers: { resolve: string; is_default: boolean; options: Record<string, unknown> }[] }).providers
    expect(providers).toEqual([
      expect.objectContaining({
        resolve: "@medusajs/medusa/caching-redis",
        is_default: true,
        options: { redisUrl: "redis://cache:6379", prefix: "jinxiu:query:", ttl: QUERY_CACHE_TTL_SECONDS },
      }),
    ])
  })
})
