// The storefront's shared cache when it runs as several instances (REDIS_URL): one copy of every
// rendered page and cached backend read in Redis, shared by all instances, and in front of it a
// bounded copy in each instance's memory that every instance drops the moment any instance
// revalidates a tag or writes a newer entry.
//
// Redis is reached through @fortedigital/nextjs-cache-handler's `redis-strings` handler (keys with
// expiry, tag maps that expire too, tag revalidation). That package's own memory layer
// (`local-lru`, combined with Redis by `composite`) is never told of another instance's
// revalidation, so an instance would keep serving its old copy until it expires; and reading every
// request from Redis costs three round trips and a JSON parse of the whole page. This layer is
// what is missing: a memory copy that is only served while this instance is subscribed to the
// cache's invalidation channel, and dropped on every message about it.
//
// Messages on the channel (JSON): {"tag": "<tag>", "at": <ms>, "from": "<instance>"} after a tag is
// revalidated, {"key": "<key>", "from": "<instance>"} after an entry is written.

/** Approximate bytes held by a cached value (strings, Buffers, Maps, arrays, plain objects). */
export function sizeOf(value, depth = 0) {
  if (value == null || depth > 6) return 0
  if (typeof value === "string") return value.length * 2
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value.byteLength
  if (typeof value !== "object") return 8
  let size = 0
  if (value instanceof Map) {
    for (const [k, v] of value) size += sizeOf(k, depth + 1) + sizeOf(v, depth + 1)
    return size
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) size += sizeOf(item, depth + 1)
  return size
}

/**
 * A page entry with its lifetime attached as Next reads it (`cacheControl`). Next remembers a
 * route's lifetime in the memory of the process that rendered it; another instance (or this one
 * after a restart) would otherwise take a page it didn't render as stale after 1 second and render
 * it again.
 */
export function withCacheControl(entry) {
  const kind = entry?.value?.kind
  const revalidate = entry?.lifespan?.revalidate
  if (entry.cacheControl || (kind !== "APP_PAGE" && kind !== "APP_ROUTE") || typeof revalidate !== "number") return entry
  return { ...entry, cacheControl: { revalidate, expire: entry.lifespan.expireAge } }
}

/**
 * @param {object} options
 * @param {{ name: string, get: Function, set: Function, revalidateTag: Function, delete?: Function }} options.remote
 *   the shared handler (Redis)
 * @param {(message: string) => Promise<unknown>} options.publish  sends a message on the channel
 * @param {string} options.instance  this instance's id (its own messages are not applied twice)
 * @param {number} options.maxBytes  bound of the memory copies
 * @param {number} [options.maxTags]  bound of the remembered tag revalidations
 * @param {() => number} [options.now]
 */
export function createLayeredHandler({ remote, publish, instance, maxBytes, maxTags = 20_000, now = Date.now }) {
  /** @type {Map<string, { value: any, size: number }>} least recently used first */
  const local = new Map()
  /** @type {Map<string, number>} tag -> when it was last revalidated (ms) */
  const revalidatedAt = new Map()
  let bytes = 0
  let live = false
  // Changes on every message: a read from Redis that overlapped one isn't kept in memory.
  let generation = 0

  const forget = (key) => {
    const entry = local.get(key)
    if (!entry) return
    local.delete(key)
    bytes -= entry.size
  }
  const forgetAll = () => {
    local.clear()
    bytes = 0
  }
  const keep = (key, value) => {
    forget(key)
    const size = sizeOf(value)
    if (size > maxBytes) return
    local.set(key, { value, size })
    bytes += size
    for (const [oldest, entry] of local) {
      if (bytes <= maxBytes) break
      local.delete(oldest)
      bytes -= entry.size
    }
  }
  const tagsOf = (value, implicitTags = []) => [...(value?.tags ?? []), ...implicitTags]
  const revalidatedSince = (value, implicitTags) =>
    tagsOf(value, implicitTags).some((tag) => (revalidatedAt.get(tag) ?? -Infinity) > (value?.lastModified ?? 0))
  const noteRevalidation = (tag, at) => {
    generation += 1
    if (!revalidatedAt.has(tag) && revalidatedAt.size >= maxTags) {
      // Too many tags to remember: start over, with nothing kept that an older tag could cover.
      revalidatedAt.clear()
      forgetAll()
    }
    revalidatedAt.set(tag, Math.max(at, revalidatedAt.get(tag) ?? 0))
    for (const [key, entry] of local) if (tagsOf(entry.value).includes(tag)) forget(key)
  }

  return {
    name: "jinxiu-layered",

    /** A message from the channel (any instance's, this one's included). */
    receive(raw) {
      let message
      try {
        message = JSON.parse(raw)
      } catch {
        return
      }
      if (!message || typeof message !== "object") return
      if (typeof message.tag === "string" && Number.isFinite(message.at)) noteRevalidation(message.tag, message.at)
      else if (typeof message.key === "string" && message.from !== instance) {
        generation += 1
        forget(message.key)
      }
    },

    /** Subscribed (true) or not (false): copies are only kept and served while subscribed. */
    setLive(isLive) {
      generation += 1
      live = isLive
      // Messages may have been missed while not subscribed: nothing kept before can be trusted.
      forgetAll()
    },

    async get(key, meta = { implicitTags: [] }) {
      const implicitTags = meta?.implicitTags ?? []
      if (live) {
        const entry = local.get(key)
        if (entry && !revalidatedSince(entry.value, implicitTags)) {
          local.delete(key)
          local.set(key, entry)
          return withCacheControl(entry.value)
        }
        if (entry) forget(key)
      }
      const before = generation
      const value = await remote.get(key, meta)
      if (!value) return value
      if (revalidatedSince(value, implicitTags)) return null
      if (live && generation === before) keep(key, value)
      return withCacheControl(value)
    },

    async set(key, value, ctx) {
      await remote.set(key, value, ctx)
      generation += 1
      if (live) keep(key, value)
      else forget(key)
      await publish(JSON.stringify({ key, from: instance }))
    },

    async revalidateTag(tag) {
      const at = now()
      await remote.revalidateTag(tag)
      noteRevalidation(tag, at)
      await publish(JSON.stringify({ tag, at, from: instance }))
    },

    async delete(key) {
      await remote.delete?.(key)
      generation += 1
      forget(key)
      await publish(JSON.stringify({ key, from: instance }))
    },

    stats: () => ({ entries: local.size, bytes, live, tags: revalidatedAt.size }),
  }
}
