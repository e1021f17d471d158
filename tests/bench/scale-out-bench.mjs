#!/usr/bin/env node
// The shop scaled out, measured (prints numbers and saves them to bench/results/; not a test):
//
//   npm run bench:scale-out          # against the backend of a running `npm start` (.data/runtime.json)
//   node bench/scale-out-bench.mjs --requests=4000 --concurrency=10 --warmup=3000 --rounds=3
//
// 1. One storefront instance with its own memory cache (no Redis, as `npm start` runs it): the
//    product page's TTFB p50/p95 and req/s under --concurrency keep-alive clients.
// 2. Two storefront instances sharing one cache in Redis (a redis-server of the bench's own,
//    bounded and evicting least recently used keys), behind a round-robin of this script's own
//    (requests alternate between the two ports): the same numbers, and the ratio to 1.
//    1 and 2 are measured in --rounds interleaved rounds after a warm-up; the median round counts.
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
import { groupRssKb } from "./lib/backend.mjs"
import { formatTable, summarize } from "./lib/stats.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, "..", "..")
const REQUESTS = numberArg("requests", 4000)
const CONCURRENCY = numberArg("concurrency", 10)
// A server just started needs a few thousand requests before V8 has compiled its hot paths.
const WARMUP = numberArg("warmup", 3000)
// Rounds of (one instance, two instances), one after the other: this machine's speed swings by a
// third from one minute to the next, so each setup is measured several times, interleaved.
const ROUNDS = numberArg("rounds", 3)
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

/** `requests` GETs from --concurrency clients, alternating over `bases` (a round-robin). */
async function load(bases, urlPath, requests = REQUESTS) {
  const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY }))
  const ttfb = []
  const states = {}
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests) {
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
  return { ttfb: summarize(ttfb), requestsPerSecond: Math.round((requests / seconds) * 10) / 10, cacheStates: states }
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

  console.log("  one instance with its memory cache, and two sharing a Redis; warming up…")
  const redis = await startRedis(work, ["--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"])
  cleanups.push(() => redis.stop())
  const single = await startInstance("single", {})
  const a = await startInstance("a", { REDIS_URL: redis.url })
  const b = await startInstance("b", { REDIS_URL: redis.url })
  await load([single.url], productPath, WARMUP)
  await load([a.url, b.url], productPath, 2 * WARMUP)
  // Peak resident memory of each instance's process group while the rounds run.
  const peakMb = { single: 0, a: 0, b: 0 }
  const sampler = setInterval(() => {
    for (const [name, instance] of Object.entries({ single, a, b })) {
      peakMb[name] = Math.max(peakMb[name], Math.round(groupRssKb(instance.child.pid) / 1024))
    }
  }, 500)
  const rounds = []
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`  round ${round}/${ROUNDS}…`)
    const one = await load([single.url], productPath)
    const two = await load([a.url, b.url], productPath)
    rounds.push({ one, two, ratio: Math.round((two.requestsPerSecond / one.requestsPerSecond) * 100) / 100 })
  }
  clearInterval(sampler)
  await stopGroup(single.child)
  // The round with the median ratio stands for the run; every round is printed and saved.
  const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[Math.floor(rounds.length / 2)]


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

  const ratio = median.ratio
  console.log(
    "\n" +
      formatTable([
        ["round", "setup", "p50 ms", "p95 ms", "req/s", "Next cache"],
        ...rounds.flatMap((r, i) => [
          [i + 1, "1 instance, memory", r.one.ttfb.p50, r.one.ttfb.p95, r.one.requestsPerSecond, JSON.stringify(r.one.cacheStates)],
          [i + 1, `2 instances, Redis (${r.ratio}x)`, r.two.ttfb.p50, r.two.ttfb.p95, r.two.requestsPerSecond, JSON.stringify(r.two.cacheStates)],
        ]),
      ]),
  )
  console.log(`\nPeak RSS: one instance ${peakMb.single} MB; with Redis A ${peakMb.a} MB, B ${peakMb.b} MB (goal <= 250 MB each)`)
  console.log(`2 instances / 1 (median round): ${ratio}x req/s (goal >= 1.6x); pages served stale after a revalidation: ${stale.length ? stale.join(", ") : "none"}`)

  const results = {
    startedAt: new Date().toISOString(),
    settings: { REQUESTS, CONCURRENCY, WARMUP, ROUNDS, page: productPath },
    loadBefore: load0,
    cpus: os.cpus().length,
    single: median.one,
    twoWithRedis: median.two,
    ratio,
    rounds,
    staleAfterRevalidation: stale,
    peakRssMb: peakMb,
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
