// Next's cache handler when REDIS_URL is set (next.config.ts): rendered pages and tagged backend
// reads shared by every storefront instance through Redis, with a bounded copy in each
// instance's memory that is dropped on any instance's revalidation (src/lib/shared-cache/).
// Without REDIS_URL Next keeps its own in-memory cache and this file isn't loaded.
// @fortedigital/nextjs-cache-handler asks for Node >= 22 in its package.json; the parts used here
// (the CacheHandler class, the redis-strings handler) use nothing Node 20 lacks, and the tests run
// them on the Node 20 our machines have (tests/reliability/shared-storefront-cache.test.ts).
import crypto from "node:crypto"
import { CacheHandler } from "@fortedigital/nextjs-cache-handler"
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings"
import { createClient } from "redis"
import { createLayeredHandler } from "./src/lib/shared-cache/layered-handler.mjs"
import { sharedCacheSettings } from "./src/lib/shared-cache/settings.mjs"

const say = (message) => console.log(`[shared cache] ${message}`)

async function configure({ buildId }) {
  const settings = sharedCacheSettings({ buildId, env: process.env })
  const instance = crypto.randomUUID()
  const client = createClient({ url: settings.url, pingInterval: 10_000 })
  const subscriber = client.duplicate()

  const remote = createRedisHandler({ client, keyPrefix: settings.keyPrefix, timeoutMs: 2_000 })
  const layered = createLayeredHandler({
    remote,
    publish: (message) => (client.isReady ? client.publish(settings.channel, message) : Promise.resolve()),
    instance,
    maxBytes: settings.memoryBytes,
  })

  // Copies in memory are served only while this instance is sure to hear every invalidation: from
  // the moment its own probe comes back through the channel, until the subscription drops.
  let probe = null
  const sendProbe = () => {
    probe = crypto.randomUUID()
    client.publish(settings.channel, JSON.stringify({ probe, from: instance })).catch(() => {})
  }
  const onMessage = (raw) => {
    if (probe && raw.includes(probe)) {
      probe = null
      layered.setLive(true)
      say(`connected; this instance keeps up to ${Math.round(settings.memoryBytes / 1048576)} MB in memory (prefix ${settings.keyPrefix})`)
      return
    }
    layered.receive(raw)
  }
  let down = false
  const lost = (what) => (error) => {
    layered.setLive(false)
    if (!down) say(`${what} lost (${error?.message ?? "closed"}): serving from Redis only until it is back`)
    down = true
  }
  client.on("error", lost("Redis connection"))
  subscriber.on("error", lost("invalidation channel"))
  subscriber.on("ready", () => {
    if (down) {
      down = false
      // node-redis subscribes again by itself; the probe tells when it has.
      if (client.isReady) sendProbe()
      else client.once("ready", sendProbe)
    }
  })

  try {
    await Promise.race([
      Promise.all([client.connect(), subscriber.connect()]),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5_000)),
    ])
    await subscriber.subscribe(settings.channel, onMessage)
    sendProbe()
  } catch (error) {
    // Every read misses and every page is rendered until Redis answers (nothing stale is served);
    // the clients keep reconnecting.
    lost("Redis at start")(error)
    subscriber.once("ready", () => subscriber.subscribe(settings.channel, onMessage).then(sendProbe, () => {}))
  }
  return { handlers: [layered] }
}

CacheHandler.onCreation((context) => {
  globalThis.__jinxiuSharedCache ??= configure(context)
  return globalThis.__jinxiuSharedCache
})

export default CacheHandler
