#!/usr/bin/env node
// The shop's speed, measured against a running production stack (not a test: it prints numbers
// and saves them to bench/results/; compare runs as ratios on the same machine).
//
//   npm run bench:shop                      # the stack described by <repo>/.data/runtime.json
//   SHOP_BENCH_RUNTIME=/path/runtime.json npm run bench:shop
//   node bench/shop-bench.mjs --requests=300 --concurrency=10 --lighthouse-runs=2 --no-lighthouse
//
// 1. TTFB (time to the response headers; Next streams HTML, so time to the last byte would hide
//    it) of the home, the store (all products), a category, a product and a workshop page in
//    zh-CN, and the cache state Next reports (x-nextjs-cache): a warm-up, then --requests requests
//    per page from --concurrency clients over loopback keep-alive connections.
// 2. First-load JavaScript: the gzip size of every script chunk the page's HTML references.
// 2b. The store API: GET /store/products?limit=12 with the region's prices, as the shop asks.
// 2c. Peak memory (RSS) of the backend and the storefront while all of the above runs, sampled
//     every 100 ms from /proc for each server's whole process group (the launcher's
//     .data/processes.json); the kernel's own peak (VmHWM) is reported beside it.
// 2d. The clean-clone start time, from the last `npm run bench:start` (bench/start-bench.mjs).
// 3. Lighthouse (mobile, Debian's Chromium through chrome-launcher) for the home and a product
//    page: performance, accessibility, SEO, LCP, CLS, --lighthouse-runs times each (scores swing
//    between runs on shared machines).
import fs from "node:fs"
import http from "node:http"
import https from "node:https"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import zlib from "node:zlib"
import { formatBytes, formatTable, summarize } from "./lib/stats.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, "..", "..")

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=")
    return [key, value ?? "true"]
  }),
)
const REQUESTS = Number(args.requests ?? 300)
const CONCURRENCY = Number(args.concurrency ?? 10)
// Requests per page before measuring: a server just started compiles its hot paths (V8's JIT)
// over its first hundred or so requests, and the first page measured paid for that with 30.
const WARMUP = Number(args.warmup ?? 150)
const LIGHTHOUSE_RUNS = Number(args["lighthouse-runs"] ?? 2)
const RUN_LIGHTHOUSE = args["no-lighthouse"] === undefined
const LOCALE = args.locale ?? "zh-CN"

function fail(message) {
  console.error(`shop-bench: ${message}`)
  process.exit(1)
}

function readRuntime() {
  const file = process.env.SHOP_BENCH_RUNTIME || path.join(ROOT, ".data", "runtime.json")
  let runtime
  try {
    runtime = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch (e) {
    fail(`can't read ${file} (${e.code || e.message}): start the stack (npm start) or set SHOP_BENCH_RUNTIME`)
  }
  const storefrontUrl = process.env.SHOP_BENCH_STOREFRONT_URL || runtime.storefrontUrl
  const backendUrl = process.env.SHOP_BENCH_BACKEND_URL || runtime.backendUrl
  if (!storefrontUrl) fail(`${file} has no storefrontUrl (set SHOP_BENCH_STOREFRONT_URL)`)
  if (!backendUrl || !runtime.publishableKey) fail(`${file} needs backendUrl and publishableKey`)
  return { file, storefrontUrl, backendUrl, publishableKey: runtime.publishableKey }
}

async function storeGet(runtime, pathAndQuery) {
  const response = await fetch(new URL(pathAndQuery, runtime.backendUrl), {
    headers: { "x-publishable-api-key": runtime.publishableKey },
  })
  if (!response.ok) fail(`GET ${pathAndQuery} answered ${response.status}`)
  return response.json()
}

/** The pages to measure, found in the backend (so the bench runs against any catalog). */
async function pagesToMeasure(runtime) {
  const [{ products }, { product_categories }, { workshops }] = await Promise.all([
    storeGet(runtime, "/store/products?limit=1&fields=handle&order=-created_at"),
    storeGet(runtime, "/store/product-categories?limit=1&fields=handle"),
    storeGet(runtime, "/store/workshops?limit=50"),
  ])
  // The first workshop with pieces in the shop (tests may add empty workshops of their own).
  let workshop = null
  for (const candidate of workshops) {
    const { workshop: detail } = await storeGet(runtime, `/store/workshops/${candidate.handle}`)
    if (detail.product_ids.length > 0) {
      workshop = detail
      break
    }
  }
  if (!products[0] || !product_categories[0] || !workshop) fail("the backend has no products, categories or workshops with products")
  return [
    { name: "home", path: `/${LOCALE}` },
    { name: "store", path: `/${LOCALE}/store` },
    { name: "category", path: `/${LOCALE}/categories/${product_categories[0].handle}` },
    { name: "product", path: `/${LOCALE}/products/${products[0].handle}` },
    { name: "workshop", path: `/${LOCALE}/workshops/${workshop.handle}` },
  ]
}

/** Time from sending a GET to its response headers, and the status; the body is drained. */
function timeToHeaders(url, agent, headers = {}) {
  const client = url.protocol === "https:" ? https : http
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = client.get(url, { agent, headers: { "accept-encoding": "gzip, br", ...headers } }, (response) => {
      const ttfb = performance.now() - started
      response.resume()
      const cache = response.headers["x-nextjs-cache"] ?? "none"
      response.on("end", () => resolve({ ttfb, total: performance.now() - started, status: response.statusCode, cache }))
      response.on("error", reject)
    })
    request.on("error", reject)
  })
}

async function measureTtfb(base, page, headers = {}) {
  const url = new URL(page.path, base)
  const agent = new (url.protocol === "https:" ? https : http).Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  for (let i = 0; i < WARMUP; i++) {
    const { status } = await timeToHeaders(url, agent, headers)
    if (status !== 200) fail(`${page.path} answered ${status} during the warm-up`)
  }
  const ttfb = []
  const total = []
  const statuses = {}
  const cacheStates = {}
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1
        const result = await timeToHeaders(url, agent, headers)
        ttfb.push(result.ttfb)
        total.push(result.total)
        statuses[result.status] = (statuses[result.status] ?? 0) + 1
        cacheStates[result.cache] = (cacheStates[result.cache] ?? 0) + 1
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { ttfb: summarize(ttfb), lastByte: summarize(total), requestsPerSecond: Math.round((REQUESTS / seconds) * 10) / 10, statuses, cacheStates }
}

/**
 * The gzip size of every script the page's HTML references (src and modulepreload). Legacy
 * `nomodule` scripts (polyfills modern browsers never load) are counted apart.
 */
async function firstLoadJs(base, page, cookie) {
  const html = await (await fetch(new URL(page.path, base), { headers: cookie ? { cookie } : {}, redirect: "manual" })).text()
  const modern = new Set()
  const legacy = new Set()
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = match[1].match(/\ssrc="([^"]+)"/)?.[1]
    if (src) (/\snomodule\b/i.test(match[1]) ? legacy : modern).add(src)
  }
  for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"[^>]*href="([^"]+)"/g)) modern.add(match[1])
  for (const match of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"/g)) modern.add(match[1])
  const sizes = async (sources) => {
    let raw = 0
    let gzip = 0
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), base))).arrayBuffer())
      raw += body.length
      gzip += zlib.gzipSync(body, { level: 6 }).length
    }
    return { raw, gzip }
  }
  const [main, old] = [await sizes(modern), await sizes(legacy)]
  return { scripts: modern.size, raw: main.raw, gzip: main.gzip, legacyNomoduleGzip: old.gzip }
}

async function lighthouse(base, page) {
  const chromePath = process.env.CHROME_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p))
  if (!chromePath) fail("no Chromium: set CHROME_PATH")
  process.env.CHROME_PATH = chromePath
  const { default: run } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const runs = []
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    })
    try {
      const result = await run(new URL(page.path, base).href, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "seo", "best-practices"],
      })
      const { categories, audits } = result.lhr
      runs.push({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        seo: Math.round(categories.seo.score * 100),
        bestPractices: Math.round(categories["best-practices"].score * 100),
        lcpMs: Math.round(audits["largest-contentful-paint"].numericValue),
        cls: Math.round(audits["cumulative-layout-shift"].numericValue * 1000) / 1000,
        fcpMs: Math.round(audits["first-contentful-paint"].numericValue),
        tbtMs: Math.round(audits["total-blocking-time"].numericValue),
        failedAudits: Object.fromEntries(
          ["accessibility", "seo", "best-practices"].map((category) => [
            category,
            result.lhr.categories[category].auditRefs
              .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1)
              .map((ref) => ref.id),
          ]),
        ),
      })
    } finally {
      await chrome.kill()
    }
  }
  return runs
}

/** The demo logins (seed/src/demo/logins.ts) of a coordinator and a craftswoman, for /desk and /me. */
const DEMO_DESK = { email: "coordinator.jinxiu-base@jinxiu.test", password: "jinxiu-demo" }
const DEMO_ME = { phone: "13800000001", password: "jinxiu-demo" }

async function signedInPages(runtime) {
  const login = async (actor, provider, body) => {
    const response = await fetch(new URL(`/auth/${actor}/${provider}`, runtime.backendUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
    return response.ok ? (await response.json()).token : null
  }
  const [desk, me] = await Promise.all([login("coordinator", "emailpass", DEMO_DESK), login("artisan", "phone", DEMO_ME)])
  return [
    desk && { name: "desk", path: `/${LOCALE}/desk`, cookie: `jinxiu_desk_session=${desk}` },
    me && { name: "me", path: `/${LOCALE}/me`, cookie: `jinxiu_me_session=${me}` },
  ].filter(Boolean)
}

/**
 * The store API: `GET /store/products?limit=12` with the region's prices (Medusa's default fields,
 * the issue's row), and the same as the catalog reads it (its fields, with stock, which Medusa
 * computes per request beside the cached read).
 */
async function measureStoreApi(runtime) {
  const { regions } = await storeGet(runtime, "/store/regions?fields=id,currency_code")
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  if (!region) fail("the backend has no region")
  const headers = { "x-publishable-api-key": runtime.publishableKey }
  const fields = "id,handle,title,subtitle,thumbnail,created_at,metadata,*categories,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity,*variants.calculated_price"
  const plain = { name: "store API", path: `/store/products?limit=12&region_id=${region.id}` }
  const catalog = { name: "store API, catalog fields", path: `${plain.path}&fields=${encodeURIComponent(fields)}` }
  return {
    prices: { path: plain.path, ...(await measureTtfb(runtime.backendUrl, plain, headers)) },
    catalog: { path: catalog.path, ...(await measureTtfb(runtime.backendUrl, catalog, headers)) },
  }
}

/** The process group ids of the backend and the storefront the launcher started, when known. */
function serverGroups() {
  const dataDir = process.env.JINXIU_DATA_DIR || path.join(ROOT, ".data")
  try {
    const { groups } = JSON.parse(fs.readFileSync(path.join(dataDir, "processes.json"), "utf8"))
    const named = {}
    for (const group of groups ?? []) {
      const cmd = fs.readFileSync(`/proc/${group}/cmdline`, "utf8").replace(/\0/g, " ")
      if (/medusa/.test(cmd)) named.backend = group
      else if (/server\.mjs|next/.test(cmd)) named.storefront = group
    }
    return named
  } catch {
    return {}
  }
}

/** Sum over the processes of a group of a /proc/<pid>/status field, in bytes. */
function groupMemory(groupId, field) {
  let total = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
      if (pgrp !== groupId) continue
      const match = fs.readFileSync(`/proc/${entry}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
      if (match) total += Number(match[1]) * 1024
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total
}

/** Samples the servers' RSS every 100 ms until stopped; the peak of each, and the kernel's VmHWM at the end. */
function sampleMemory() {
  const groups = serverGroups()
  const peak = {}
  const sample = () => {
    for (const [name, group] of Object.entries(groups)) peak[name] = Math.max(peak[name] ?? 0, groupMemory(group, "VmRSS"))
  }
  sample()
  const timer = setInterval(sample, 100)
  return () => {
    clearInterval(timer)
    sample()
    const result = {}
    for (const [name, group] of Object.entries(groups)) result[name] = { group, peakRss: peak[name], vmHwm: groupMemory(group, "VmHWM") }
    return result
  }
}

/** The last clean-clone start measured by bench/start-bench.mjs, if any. */
function lastStart() {
  const dir = path.join(HERE, "results")
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^start-.*\.json$/.test(f)).sort() : []
  if (!files.length) return null
  return { file: files.at(-1), ...JSON.parse(fs.readFileSync(path.join(dir, files.at(-1)), "utf8")) }
}

async function main() {
  const runtime = readRuntime()
  const base = runtime.storefrontUrl
  const pages = await pagesToMeasure(runtime)
  const load = os.loadavg()
  console.log(`shop-bench: ${base} (backend ${runtime.backendUrl}), load average ${load.map((l) => l.toFixed(2)).join(" ")}`)
  if (load[0] > 1) console.log("shop-bench: the machine is busy (load average above 1): numbers will be noisy")

  const results = { startedAt: new Date().toISOString(), storefrontUrl: base, settings: { REQUESTS, CONCURRENCY, WARMUP, LOCALE }, loadBefore: load, pages: {} }
  const stopSampling = sampleMemory()
  for (const page of pages) {
    process.stdout.write(`  ${page.name} ${page.path}: TTFB… `)
    const ttfb = await measureTtfb(base, page)
    process.stdout.write("first-load JS… ")
    const js = await firstLoadJs(base, page)
    results.pages[page.name] = { path: page.path, ...ttfb, firstLoadJs: js }
    console.log("done")
  }
  results.signedIn = {}
  for (const page of await signedInPages(runtime)) {
    process.stdout.write(`  ${page.name} ${page.path} (demo login): first-load JS… `)
    results.signedIn[page.name] = { path: page.path, firstLoadJs: await firstLoadJs(base, page, page.cookie) }
    console.log("done")
  }
  process.stdout.write("  store API /store/products?limit=12 with prices… ")
  results.storeApi = await measureStoreApi(runtime)
  console.log("done")
  results.memory = stopSampling()
  results.start = lastStart()
  if (RUN_LIGHTHOUSE) {
    for (const page of pages.filter((p) => p.name === "home" || p.name === "product")) {
      process.stdout.write(`  Lighthouse (mobile) ${page.path}… `)
      results.pages[page.name].lighthouse = await lighthouse(base, page)
      console.log("done")
    }
  }
  results.loadAfter = os.loadavg()

  console.log(`\nTTFB with ${CONCURRENCY} concurrent clients, ${REQUESTS} requests per page (ms), and first-load JS`)
  console.log(
    formatTable([
      ["page", "p50", "p95", "mean", "req/s", "last byte p50", "Next cache", "scripts", "JS gzip", "+nomodule"],
      ...pages.map((p) => {
        const r = results.pages[p.name]
        const cache = Object.entries(r.cacheStates).map(([state, n]) => `${state} ${n}`).join(", ")
        return [p.name, r.ttfb.p50, r.ttfb.p95, r.ttfb.mean, r.requestsPerSecond, r.lastByte.p50, cache, r.firstLoadJs.scripts, formatBytes(r.firstLoadJs.gzip), formatBytes(r.firstLoadJs.legacyNomoduleGzip)]
      }),
    ]),
  )
  for (const [name, r] of Object.entries(results.signedIn)) {
    console.log(`${name.padEnd(8)} (signed in) first-load JS ${formatBytes(r.firstLoadJs.gzip)} in ${r.firstLoadJs.scripts} scripts`)
  }
  if (!Object.keys(results.signedIn).length) console.log("desk, me: the demo logins were refused (not the demo data?): not measured")
  const api = results.storeApi
  console.log(`\nStore API ${api.prices.path}: p50 ${api.prices.ttfb.p50} ms, p95 ${api.prices.ttfb.p95} ms, ${api.prices.requestsPerSecond} req/s`)
  console.log(`  the same with the catalog's fields (stock too): p50 ${api.catalog.ttfb.p50} ms, p95 ${api.catalog.ttfb.p95} ms, ${api.catalog.requestsPerSecond} req/s`)
  const mb = (bytes) => (bytes == null ? "?" : `${Math.round(bytes / 1048576)} MB`)
  const mem = results.memory
  console.log(
    mem.backend || mem.storefront
      ? `Peak RSS during the run: backend ${mb(mem.backend?.peakRss)} (VmHWM since start ${mb(mem.backend?.vmHwm)}), storefront ${mb(mem.storefront?.peakRss)} (VmHWM ${mb(mem.storefront?.vmHwm)})`
      : "Peak RSS: the servers' processes are unknown (start them with npm start for .data/processes.json)",
  )
  console.log(
    results.start
      ? `Clean clone to running (bench/start-bench.mjs, ${results.start.file}): ${results.start.seconds.total} s (install ${results.start.seconds.install}, start ${results.start.seconds.start})`
      : "Clean clone to running: not measured yet (npm run bench:start)",
  )
  if (RUN_LIGHTHOUSE) {
    console.log("\nLighthouse mobile (each run)")
    console.log(
      formatTable([
        ["page", "run", "perf", "a11y", "SEO", "best pr.", "LCP ms", "CLS", "TBT ms"],
        ...pages.flatMap((p) =>
          (results.pages[p.name].lighthouse ?? []).map((run, i) => [p.name, i + 1, run.performance, run.accessibility, run.seo, run.bestPractices, run.lcpMs, run.cls, run.tbtMs]),
        ),
      ]),
    )
    for (const p of pages) {
      for (const [i, run] of (results.pages[p.name].lighthouse ?? []).entries()) {
        const failed = Object.entries(run.failedAudits).filter(([, ids]) => ids.length)
        if (failed.length) console.log(`  ${p.name} run ${i + 1} audits below 100: ${failed.map(([c, ids]) => `${c}: ${ids.join(", ")}`).join("; ")}`)
      }
    }
  }
  const dir = path.join(HERE, "results")
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `shop-${results.startedAt.replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(results, null, 2))
  console.log(`\nsaved ${path.relative(process.cwd(), file)}`)
}

main().catch((error) => fail(error?.stack || String(error)))
