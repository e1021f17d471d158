// The shop scaled out (README "Scaling out"): two storefront instances share one cache of
// rendered pages and backend reads in Redis (storefront/cache-handler.mjs). The backend tells
// only instance A that the catalog changed (its STOREFRONT_URL, as it would tell a load
// balancer); instance B must serve the new title and price at once, on the product page and in
// the catalog list, in both languages. Then B is restarted and serves the shared cache as it is,
// and an instance rendering against another backend address serves none of it.
//
// Real parts: a Redis server, an embedded PostgreSQL, the built backend (`medusa start`), the
// built storefront's own server (server.mjs) twice; the product is made and changed through the
// admin API, and the revalidation is the backend's own subscriber calling instance A.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort } from "../../scripts/lib/embedded-postgres.mjs"
import { tailOf } from "../../scripts/lib/processes.mjs"
import { STOREFRONT, startStorefront } from "../../scripts/lib/stack.mjs"
import { expectOk, startStack, stopGroup } from "./support/backend.mjs"
import { poll, runCleanups, setUpOnce, setUpShopFrame } from "./support/lifecycle.mjs"
import { redisCli, startRedis, type RedisServer } from "./support/redis.mjs"

type Stack = Awaited<ReturnType<typeof startStack>>
type Shop = { salesChannelId: string; shippingProfileId: string; publishableKey: string }
type Instance = { name: string; port: number; url: string; logFile: string; child: { pid?: number } }

const cleanups: (() => Promise<unknown> | unknown)[] = []
let stack: Stack
let redis: RedisServer
let shop: Shop
let a: Instance
let b: Instance
const revalidateSecret = crypto.randomBytes(16).toString("hex")
const clientSecret = crypto.randomBytes(16).toString("hex")
const suffix = crypto.randomBytes(3).toString("hex")
const handle = `scale-out-fan-${suffix}`
const before = { title: `缠枝莲团扇 ${suffix}`, cny: 4321, usd: 43.21 }
const after = { title: `缠枝莲团扇（新）${suffix}`, cny: 5678, usd: 56.78 }
let productId = ""
let variantId = ""

/** A page of an instance, raw: status, Next's cache state and the HTML. */
function page(instance: Instance, urlPath: string) {
  return new Promise<{ status: number; cache: string; html: string }>((resolve, reject) => {
    http
      .get(`${instance.url}${urlPath}`, (res) => {
        let html = ""
        res.setEncoding("utf8")
        res.on("data", (c) => (html += c))
        res.on("end", () => resolve({ status: res.statusCode!, cache: String(res.headers["x-nextjs-cache"] ?? "none"), html }))
      })
      .on("error", reject)
  })
}

/** What a page says of the product: its title and which of the two prices it shows. */
function reading(html: string) {
  return {
    title: html.includes(after.title) ? "after" : html.includes(before.title) ? "before" : "missing",
    cny: html.includes("5,678") ? "after" : html.includes("4,321") ? "before" : "missing",
    usd: html.includes("56.78") ? "after" : html.includes("43.21") ? "before" : "missing",
  }
}

const PAGES = [
  { path: () => `/zh-CN/products/${handle}`, price: "cny" as const },
  { path: () => `/en/products/${handle}`, price: "usd" as const },
  { path: () => "/zh-CN/store", price: "cny" as const },
  { path: () => "/en/store", price: "usd" as const },
]

async function startInstance(name: string, port: number, backendUrl: string): Promise<Instance> {
  const logFile = path.join(stack.dir, `storefront-${name}.log`)
  const child = await startStorefront({
    port,
    backendUrl,
    publishableKey: shop.publishableKey,
    logFile,
    extraEnv: {
      REDIS_URL: redis.url,
      STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
      STOREFRONT_CLIENT_SECRET: clientSecret,
      SITE_URL: "http://localhost:8000",
      JINXIU_DATA_DIR: path.join(stack.dir, "data"),
    },
  }).catch((e: Error) => {
    throw new Error(`storefront ${name}: ${e.message}`)
  })
  const instance = { name, port, url: `http://127.0.0.1:${port}`, logFile, child }
  cleanups.push(() => stopGroup(child))
  return instance
}

// A setup failure (redis-server not installed, no build, an instance that doesn't start) fails
// every test with its message, rather than leaving them skipped.
const ready = setUpOnce(beforeAll, setUp)

async function setUp() {
  if (!fs.existsSync(path.join(STOREFRONT, ".next", "BUILD_ID"))) {
    throw new Error(`No storefront build in ${STOREFRONT}/.next: run \`npm run build\` at the repository root first (npm test does).`)
  }
  const portA = await freePort()
  stack = await startStack({
    name: "shared-cache",
    env: { STOREFRONT_URL: `http://127.0.0.1:${portA}`, STOREFRONT_REVALIDATE_SECRET: revalidateSecret, STOREFRONT_CLIENT_SECRET: clientSecret },
  })
  cleanups.push(() => stack.stop())
  // Like the production deployment: a Redis of its own for the cache, bounded, least recently
  // used keys evicted first (README "Scaling out").
  redis = await startRedis(stack.dir, ["--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"])
  cleanups.push(() => redis.stop())

  // The shop's frame with the seed's own code (regions in CNY and USD, the sales channel, its key).
  shop = await setUpShopFrame({ dir: stack.dir, env: stack.env, logFile: path.join(stack.dir, "tools.log") })

  const { product } = await expectOk(stack.url, "POST", "/admin/products", {
    token: stack.adminToken,
    body: {
      title: before.title,
      handle,
      status: "published",
      shipping_profile_id: shop.shippingProfileId,
      options: [{ title: "尺寸", values: ["标准"] }],
      variants: [
        {
          title: "标准",
          options: { 尺寸: "标准" },
          manage_inventory: false,
          prices: [
            { currency_code: "cny", amount: before.cny },
            { currency_code: "usd", amount: before.usd },
          ],
        },
      ],
      sales_channels: [{ id: shop.salesChannelId }],
    },
  })
  productId = product.id
  variantId = product.variants[0].id

  a = await startInstance("a", portA, stack.url)
  b = await startInstance("b", await freePort(), stack.url)
}

afterAll(() => runCleanups(cleanups), 120_000)

describe("storefront instances sharing one cache through Redis", () => {
  it("a page rendered by one instance is served from the shared cache by the other", async () => {
    ready()
    for (const { path: p } of PAGES) {
      const first = await page(a, p())
      expect(first.status, `${p()} on A`).toBe(200)
      expect(reading(first.html).title, `${p()} on A`).toBe("before")
    }
    for (const { path: p } of PAGES) {
      const onB = await page(b, p())
      expect(onB.status).toBe(200)
      // B never rendered it: it comes from what A put in Redis.
      expect(onB.cache, `${p()} on B`).toBe("HIT")
      expect(reading(onB.html).title).toBe("before")
    }
    // ... and again, from B's own memory copy, still the same page.
    for (const { path: p } of PAGES) expect(reading((await page(b, p())).html).title).toBe("before")
  })

  it("a title and a price changed in the admin: the revalidation reaches A only, and B serves the new ones at once, in both languages", async () => {
    ready()
    await expectOk(stack.url, "POST", `/admin/products/${productId}`, { token: stack.adminToken, body: { title: after.title } })
    await expectOk(stack.url, "POST", `/admin/products/${productId}/variants/${variantId}`, {
      token: stack.adminToken,
      body: {
        prices: [
          { currency_code: "cny", amount: after.cny },
          { currency_code: "usd", amount: after.usd },
        ],
      },
    })
    // The backend's subscriber tells A (its STOREFRONT_URL). Once A shows both changes on every
    // page, everything the backend sent has been revalidated.
    await poll(
      "instance A to show the new title and price",
      async () => {
        for (const { path: p, price } of PAGES) {
          const read = reading((await page(a, p())).html)
          if (read.title !== "after" || read[price] !== "after") return undefined
        }
        return true
      },
      60_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\nbackend log:\n${tailOf(stack.logFile, 20)}\nA's log:\n${tailOf(a.logFile, 20)}`)
    })
    // B was told nothing by the backend; its first answer is already the new page.
    for (const { path: p, price } of PAGES) {
      const onB = await page(b, p())
      expect(onB.status).toBe(200)
      const read = reading(onB.html)
      expect(read.title, `title of ${p()} on B`).toBe("after")
      expect(read[price], `${price} price of ${p()} on B`).toBe("after")
    }
  })

  it("the shared cache survives an instance's restart", async () => {
    ready()
    await stopGroup(b.child)
    b = await startInstance("b", b.port, stack.url)
    const onB = await page(b, PAGES[0]!.path())
    expect(onB.cache).toBe("HIT")
    expect(reading(onB.html)).toMatchObject({ title: "after", cny: "after" })
  })

  it("an instance rendering against another backend address serves nothing rendered against this one", async () => {
    ready()
    // The same backend under another name: another address in every image and link, so another cache.
    const other = await startInstance("other-backend", await freePort(), stack.url.replace("127.0.0.1", "localhost"))
    const first = await page(other, PAGES[0]!.path())
    expect(first.status).toBe(200)
    expect(first.cache).toBe("MISS")
    const prefixes = new Set(
      redisCli(redis.port, ["--scan", "--pattern", "jinxiu:next:*"])
        .split("\n")
        .filter(Boolean)
        .map((key) => key.split(":").slice(0, 4).join(":")),
    )
    expect(prefixes.size).toBe(2)
  })

  it("the cache in Redis is bounded: every entry expires on its own", () => {
    ready()
    const keys = redisCli(redis.port, ["--scan", "--pattern", "jinxiu:next:*"]).split("\n").filter(Boolean)
    const entries = keys.filter((key) => !/:__\w+__$/.test(key))
    expect(entries.length).toBeGreaterThan(4)
    for (const key of entries) expect(Number(redisCli(redis.port, ["TTL", key]).trim()), key).toBeGreaterThan(0)
  })
})
