#!/usr/bin/env node
// The shop scaled out, measured (prints numbers and saves them to bench/results/; not a test):
//
//   npm run bench:scale-out          # against the backend of a running `npm start` (.data/runtime.json)
//   node bench/scale-out-bench.mjs --requests=2000 --concurrency=10
//
// 1. One storefront instance with its own memory cache (no Redis, as `npm start` runs it): the
//    product page's TTFB p50/p95 and req/s under --concurrency keep-alive clients.
// 2. Two storefront instances sharing one cache in Redis (a redis-server of the bench's own,
//    bounded and evicting least recently used keys), behind a round-robin of this script's own
//    (requests alternate between the two ports): the same numbers, and the ratio to 1.
// 3. No page served stale after a revalidation: a product's title is changed through the admin
//    API, the revalidation is sent to instance A only, and instance B's next answer is checked;
//    the title is then put back.
//
// The instances run from the built storefront (npm run build) with the same heap ceilings as
// `npm start`; the backend and its database are the running stack's.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import { freePort } from "../../scripts/lib/embedded-postgres.mjs"
import { stopGroup } from "../reliability/support/backend.mjs"
import { startRedis } from "../reliability/support/redis.mjs"
import { STOREFRONT, startStorefront, storefrontClientSecret, storefrontRevalidateSecret } from "../../scripts/lib/stack.mjs"
import { numberArg } from "./lib/args.mjs"
import { formatTable, summarize } from "./lib/stats.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, "..", "..")
const REQUESTS = numberArg("requests", 2000)
const CONCURRENCY = numberArg("concurrency", 10)
const WARMUP = numberArg("warmup", 300)
const ADMIN = { email: "admin@jinxiu.test", password: "jinxiu-demo" }

function fail(message) {
  console.error(`scale-out-bench: ${message}`)
  process.exit(1)
}

const dataDir = process.env.JINXIU_DATA_DIR || path.join(ROOT, ".data")
let runtime
try {
  runtime = JSON.parse(fs.readFileSync(path.join(dataDir, "runtime.json"), "utf8"))
} catch (e) {
  fail(`can't read ${dataDir}/runtime.json (${e.code || e.message}): start the stack first (npm start)`)
}
if (!fs.existsSync(path.join(STOREFRONT, ".next", "BUILD_ID"))) fail("no storefront build: npm run build first")

const work = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-scale-out-"))
const cleanups = [() => fs.rmSync(work, { recursive: true, force: true })]
async function cleanUp() {
  while (cleanups.length) await Promise.resolve(cleanups.pop()()).catch(() => {})
}
process.on("SIGINT", () => cleanUp().then(() => process.exit(130)))


const secret = storefrontRevalidateSecret(dataDir)
async function startInstance(name, extraEnv) {
  const port = await freePort()
  const child = await startStorefront({
    port,
    backendUrl: runtime.backendUrl,
    publishableKey: runtime.publishableKey,
    logFile: path.join(work, `${name}.log`),
    extraEnv: { STOREFRONT_REVALIDATE_SECRET: secret, STOREFRONT_CLIENT_SECRET: storefrontClientSecret(dataDir), ...extraEnv },
  })
  cleanups.push(() => stopGroup(child))
  return { name, port, url: `http://127.0.0.1:${port}`, child }
}

function get(base, urlPath, agent) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    http
      .get(new URL(urlPath, base), { agent, headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const ttfb = performance.now() - started
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => resolve({ ttfb, status: res.statusCode, cache: res.headers["x-nextjs-cache"] ?? "none" }))
        res.on("error", reject)
      })
      .on("error", reject)
  })
}

/** --requests GETs from --concurrency clients, alternating over `bases` (a round-robin). */
async function load(bases, urlPath) {
  const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY }))
  for (let i = 0; i < WARMUP; i++) await get(bases[i % bases.length], urlPath, agents[i % bases.length])
  const ttfb = []
  const states = {}
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const turn = next++
        const result = await get(bases[turn % bases.length], urlPath, agents[turn % bases.length])
        if (result.status !== 200) fail(`${urlPath} answered ${result.status}`)
        ttfb.push(result.ttfb)
        states[result.cache] = (states[result.cache] ?? 0) + 1
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  for (const agent of agents) agent.destroy()
  return { ttfb: summarize(ttfb), requestsPerSecond: Math.round((REQUESTS / seconds) * 10) / 10, cacheStates: states }
}

async function api(method, urlPath, { token, body, headers = {} } = {}) {
  const res = await fetch(new URL(urlPath, runtime.backendUrl), {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) fail(`${method} ${urlPath} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  return res.json()
}

async function pageText(instance, urlPath) {
  const res = await fetch(new URL(urlPath, instance.url))
  return res.text()
}

async function main() {
  const { products } = await api("GET", "/store/products?limit=1&fields=id,handle,title&order=created_at", {
    headers: { "x-publishable-api-key": runtime.publishableKey },
  })
  const product = products[0]
  if (!product) fail("the backend has no products")
  const productPath = `/zh-CN/products/${product.handle}`
  const load0 = os.loadavg().map((n) => n.toFixed(2)).join(" ")
  console.log(`scale-out-bench: ${productPath}, ${REQUESTS} requests at ${CONCURRENCY} connections, load average ${load0}`)

  console.log("  one instance, memory cache…")
  const single = await startInstance("single", {})
  const one = await load([single.url], productPath)
  await stopGroup(single.child)

  console.log("  Redis and two instances sharing it…")
  const redis = await startRedis(work, ["--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"])
  cleanups.push(() => redis.stop())
  const a = await startInstance("a", { REDIS_URL: redis.url })
  const b = await startInstance("b", { REDIS_URL: redis.url })
  const two = await load([a.url, b.url], productPath)

  console.log("  a revalidation sent to A only, B's next answer…")
  const { token } = await api("POST", "/auth/user/emailpass", { body: ADMIN })
  const stamp = crypto.randomBytes(3).toString("hex")
  const stale = []
  try {
    // The Chinese page (the English one shows the piece's English title, when it has one).
    const checked = `/zh-CN/products/${product.handle}`
    await pageText(b, checked) // B holds the page in memory
    await pageText(b, checked)
    const title = `${product.title} ${stamp}`
    // As the backend's subscriber does, the storefront is told once the backend's own read cache
    // has dropped the product: a read cached before the change answers the new title.
    const cachedRead = () =>
      api("GET", `/store/products?handle=${product.handle}&fields=title`, { headers: { "x-publishable-api-key": runtime.publishableKey } })
    await cachedRead()
    await api("POST", `/admin/products/${product.id}`, { token, body: { title } })
    for (let tries = 0; ; tries++) {
      const { products: [now] } = await cachedRead()
      if (now?.title === title) break
      if (tries > 100) fail("the store API never answered the new title")
      await new Promise((r) => setTimeout(r, 100))
    }
    const told = await fetch(new URL("/api/revalidate", a.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-jinxiu-revalidate-secret": secret },
      body: JSON.stringify({ events: ["product.updated"] }),
    })
    if (!told.ok) fail(`A's /api/revalidate answered ${told.status}`)
    if (!(await pageText(b, checked)).includes(stamp)) stale.push(checked)
  } finally {
    await api("POST", `/admin/products/${product.id}`, { token, body: { title: product.title } })
  }

  const ratio = Math.round((two.requestsPerSecond / one.requestsPerSecond) * 100) / 100
  console.log(
    "\n" +
      formatTable([
        ["setup", "p50 ms", "p95 ms", "req/s", "Next cache"],
        ["1 instance, memory", one.ttfb.p50, one.ttfb.p95, one.requestsPerSecond, JSON.stringify(one.cacheStates)],
        ["2 instances, Redis", two.ttfb.p50, two.ttfb.p95, two.requestsPerSecond, JSON.stringify(two.cacheStates)],
      ]),
  )
  console.log(`\n2 instances / 1: ${ratio}x req/s (goal >= 1.6x); pages served stale after a revalidation: ${stale.length ? stale.join(", ") : "none"}`)

  const results = {
    startedAt: new Date().toISOString(),
    settings: { REQUESTS, CONCURRENCY, WARMUP, page: productPath },
    loadBefore: load0,
    cpus: os.cpus().length,
    single: one,
    twoWithRedis: two,
    ratio,
    staleAfterRevalidation: stale,
  }
  const out = path.join(HERE, "results", `scale-out-${results.startedAt.replace(/[:.]/g, "-")}.json`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(results, null, 2))
  console.log(`saved ${path.relative(path.join(HERE, ".."), out)}`)
}

main()
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  .finally(cleanUp)
