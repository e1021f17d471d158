import { describe, expect, it } from "vitest";
import { createLayeredHandler, sizeOf, withCacheControl } from "./layered-handler.mjs";
import { sharedCacheSettings } from "./settings.mjs";

type Entry = { lastModified: number; tags: string[]; lifespan?: { revalidate: number; expireAge: number }; value: { kind: string; html?: string } };

/** The shared store as the layer sees it: a map, counting reads (Redis itself is in the reliability test). */
function sharedStore() {
  const data = new Map<string, Entry>();
  let reads = 0;
  let hold: Promise<void> | null = null;
  return {
    data,
    reads: () => reads,
    holdReads(until: Promise<void>) {
      hold = until;
    },
    remote: {
      name: "map",
      async get(key: string) {
        reads += 1;
        const value = data.get(key) ?? null;
        if (hold) await hold;
        return value;
      },
      async set(key: string, value: Entry) {
        data.set(key, value);
      },
      async revalidateTag(tag: string) {
        for (const [key, value] of data) if (value.tags.includes(tag)) data.delete(key);
      },
      async delete(key: string) {
        data.delete(key);
      },
    },
  };
}

const page = (html: string, tags: string[], lastModified = 1000): Entry => ({
  lastModified,
  tags,
  lifespan: { revalidate: 300, expireAge: 450 },
  value: { kind: "APP_PAGE", html },
});

function pair(maxBytes = 1_000_000) {
  const store = sharedStore();
  const sent: string[] = [];
  let now = 5000;
  const handlers = ["a", "b"].map((instance) =>
    createLayeredHandler({
      remote: store.remote,
      publish: async (message: string) => {
        sent.push(message);
      },
      instance,
      maxBytes,
      now: () => now,
    }),
  );
  const [a, b] = handlers as [ReturnType<typeof createLayeredHandler>, ReturnType<typeof createLayeredHandler>];
  // What Redis pub/sub does: every message reaches every subscriber.
  const deliver = () => {
    for (const message of sent.splice(0)) for (const handler of handlers) handler.receive(message);
  };
  a.setLive(true);
  b.setLive(true);
  return { store, a, b, deliver, tick: (ms: number) => (now += ms) };
}

const meta = { implicitTags: [] as string[] };

describe("the memory copy in front of the shared cache", () => {
  it("serves a second read from memory, and drops it when another instance revalidates one of its tags", async () => {
    const { store, a, b, deliver } = pair();
    await a.set("/p", page("v1", ["catalog:products"]), {});
    deliver();
    expect((await b.get("/p", meta))?.value.html).toBe("v1");
    expect((await b.get("/p", meta))?.value.html).toBe("v1");
    expect(store.reads()).toBe(1);

    await a.revalidateTag("catalog:products");
    deliver();
    expect(await b.get("/p", meta)).toBeNull();
  });

  it("drops its copy when another instance writes a newer entry for the key", async () => {
    const { a, b, deliver } = pair();
    await a.set("/p", page("v1", ["t"]), {});
    deliver();
    await b.get("/p", meta);
    await a.set("/p", page("v2", ["t"], 2000), {});
    expect((await b.get("/p", meta))?.value.html).toBe("v1"); // the message hasn't arrived yet
    deliver();
    expect((await b.get("/p", meta))?.value.html).toBe("v2");
  });

  it("keeps nothing read from Redis while an invalidation arrived during the read", async () => {
    const { store, a, b, deliver } = pair();
    await a.set("/p", page("v1", ["t"]), {});
    deliver();
    let release!: () => void;
    store.holdReads(new Promise<void>((r) => (release = r)));
    const reading = b.get("/p", meta);
    await a.set("/other", page("x", ["u"]), {});
    deliver();
    release();
    await reading;
    store.holdReads(Promise.resolve());
    await b.get("/p", meta);
    expect(store.reads()).toBe(2);
  });

  it("serves and keeps nothing from memory while not subscribed, and forgets everything when the subscription drops", async () => {
    const { store, a, b, deliver } = pair();
    await a.set("/p", page("v1", ["t"]), {});
    deliver();
    await b.get("/p", meta);
    b.setLive(false);
    expect(b.stats()).toMatchObject({ entries: 0, bytes: 0, live: false });
    await b.get("/p", meta);
    await b.get("/p", meta);
    expect(store.reads()).toBe(3);
    expect(b.stats().entries).toBe(0);
  });

  it("refuses an entry from Redis older than a revalidation of one of its tags or of the page's implicit tags", async () => {
    const { store, a, b, deliver, tick } = pair();
    store.data.set("/p", page("old", ["t"], 1000));
    tick(1000);
    await a.revalidateTag("_N_T_/zh-CN/store");
    deliver();
    expect(await b.get("/p", { implicitTags: ["_N_T_/zh-CN/store"] })).toBeNull();
  });

  it("stays within its size bound, dropping the least recently used copy first", async () => {
    const { a } = pair(2500);
    for (const key of ["/1", "/2", "/3"]) await a.set(key, page("x".repeat(500), ["t"]), {});
    const { bytes, entries } = a.stats();
    expect(bytes).toBeLessThanOrEqual(2500);
    expect(entries).toBe(2);
    expect(sizeOf(page("x".repeat(500), ["t"]))).toBeGreaterThan(1000);
  });

  it("hands Next a page's lifetime with the page, so an instance that didn't render it doesn't take it as stale", () => {
    expect(withCacheControl(page("v", []))).toMatchObject({ cacheControl: { revalidate: 300, expire: 450 } });
    const fetched = { lastModified: 1, tags: [], lifespan: { revalidate: 300, expireAge: 450 }, value: { kind: "FETCH" } };
    expect(withCacheControl(fetched)).not.toHaveProperty("cacheControl");
  });
});

describe("where the shared cache lives", () => {
  const env = { MEDUSA_BACKEND_URL: "http://localhost:9000", MEDUSA_PUBLISHABLE_KEY: "pk_1", SITE_URL: "https://shop.example", REDIS_URL: "redis://r:6379" };

  it("one prefix per build and backend: another backend address, key or site, or another build, shares nothing", () => {
    const base = sharedCacheSettings({ buildId: "b1", env });
    expect(base.keyPrefix).toMatch(/^jinxiu:next:b1:[0-9a-f]{16}:$/);
    expect(base.channel.startsWith(base.keyPrefix)).toBe(true);
    for (const other of [
      sharedCacheSettings({ buildId: "b2", env }),
      sharedCacheSettings({ buildId: "b1", env: { ...env, MEDUSA_BACKEND_URL: "http://127.0.0.1:9000" } }),
      sharedCacheSettings({ buildId: "b1", env: { ...env, MEDUSA_PUBLISHABLE_KEY: "pk_2" } }),
      sharedCacheSettings({ buildId: "b1", env: { ...env, SITE_URL: "https://other.example" } }),
    ]) {
      expect(other.keyPrefix).not.toBe(base.keyPrefix);
    }
    expect(sharedCacheSettings({ buildId: "b1", env }).keyPrefix).toBe(base.keyPrefix);
  });

  it("uses STOREFRONT_REDIS_URL when set, else REDIS_URL", () => {
    expect(sharedCacheSettings({ buildId: "b", env }).url).toBe("redis://r:6379");
    expect(sharedCacheSettings({ buildId: "b", env: { ...env, STOREFRONT_REDIS_URL: "redis://cache:6379" } }).url).toBe("redis://cache:6379");
  });

  it("keeps 32 MB in memory unless told otherwise, and refuses a bound that isn't a size", () => {
    expect(sharedCacheSettings({ buildId: "b", env }).memoryBytes).toBe(32 * 1024 * 1024);
    expect(sharedCacheSettings({ buildId: "b", env: { ...env, STOREFRONT_CACHE_MEMORY_MB: "8" } }).memoryBytes).toBe(8 * 1024 * 1024);
    expect(() => sharedCacheSettings({ buildId: "b", env: { ...env, STOREFRONT_CACHE_MEMORY_MB: "lots" } })).toThrow(/STOREFRONT_CACHE_MEMORY_MB/);
  });
});
