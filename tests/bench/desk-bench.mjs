#!/usr/bin/env node
// The desk and the income pages, measured (not a test: it prints numbers and saves them).
//
//   node tests/bench/desk-bench.mjs [--storefront=http://localhost:8501] [--backend=http://localhost:9000]
//                                   [--runs=5] [--lines=50] [--lighthouse] [--lighthouse-runs=2]
//
// Against a running production build of the storefront (next start) and its backend:
// 1. sets up a workshop of its own through the admin API (a coordinator, 10 artisans, 3 piece
//    types), so the numbers never depend on the demo data;
// 2. first-load JS of /zh-CN/me (gzip): the script chunks its HTML references, compressed here;
// 3. the desk on a phone-sized Chromium (Debian's): a batch of `--lines` lines is composed in the
//    grid, then timed in the page from the tap on "send" to (a) the confirmation line and (b) the
//    day's totals showing the new total (the page's data refreshed); plus the route handler's
//    and the backend's own time for the same request; one warm-up batch is not counted;
// 4. with --lighthouse: Lighthouse 12 (mobile) accessibility and performance of /zh-CN/me and
//    /zh-CN/desk, each `--lighthouse-runs` times, signed in through the session cookie.
// Results: tests/bench/results/desk-bench-<time>.json and desk-bench-latest.json.
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import zlib from "node:zlib"
import { createRequire } from "node:module"
import { todayInChina } from "./lib/calendar.mjs"

const require = createRequire(import.meta.url)
const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, "..", "..")
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=")
    return [k, v ?? "true"]
  })
)
const STOREFRONT = args.storefront ?? "http://localhost:8501"
const BACKEND = args.backend ?? "http://localhost:9000"
const RUNS = Number(args.runs ?? 5)
const LINES = Number(args.lines ?? 50)
const LIGHTHOUSE_RUNS = Number(args["lighthouse-runs"] ?? 2)
const ADMIN = { email: "admin@jinxiu.test", password: "jinxiu-demo" }
const PASSWORD = "jinxiu-bench-pass"
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const say = (line) => console.log(`desk-bench: ${line}`)

async function api(method, pathName, { token, body, headers = {} } = {}) {
  const res = await fetch(`${BACKEND}${pathName}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${method} ${pathName} answered ${res.status}: ${JSON.stringify(json)}`)
  return json
}

const login = async (actor, body) => (await api("POST", `/auth/${actor}/${actor === "artisan" ? "phone" : "emailpass"}`, { body })).token

/** A workshop of the bench's own: coordinator, 10 artisans, 3 piece types. */
async function setUp() {
  const admin = await login("user", ADMIN)
  const seed = (Date.now() % 1e8).toString(36)
  const { workshop } = await api("POST", "/admin/workshops", {
    token: admin,
    body: { handle: `bench-desk-${seed}`, name_zh: `压测工坊 ${seed}`, name_en: `Bench workshop ${seed}`, city_zh: "肇庆", city_en: "Zhaoqing" },
  })
  const pieceTypes = []
  for (let i = 0; i < 3; i++) {
    const { piece_type } = await api("POST", "/admin/piece-types", {
      token: admin,
      body: {
        workshop_id: workshop.id,
        code: `BENCH-${seed}-${i}`.toUpperCase(),
        name_zh: `压测绣片 ${i + 1}`,
        name_en: `Bench panel ${i + 1}`,
        kind: "task",
        rate: { effective_from: "2024-01-01", rate_a: 10 + i * 2.5, rate_b: 6 + i },
      },
    })
    pieceTypes.push(piece_type.id)
  }
  const artisans = []
  for (let i = 0; i < 10; i++) {
    const phone = `198${String((Number.parseInt(seed, 36) * 13 + i) % 1e8).padStart(8, "0")}`
    const { artisan } = await api("POST", "/admin/artisans", {
      token: admin,
      body: { workshop_id: workshop.id, display_name: `压测绣娘${i + 1}`, legal_name: `压测绣娘${i + 1}`, phone, joined_on: "2024-01-01", password: PASSWORD },
    })
    artisans.push({ id: artisan.id, phone })
  }
  const email = `coordinator.bench-${seed}@bench.jinxiu.test`
  await api("POST", "/admin/coordinators", { token: admin, body: { email, name: `压测负责人 ${seed}`, password: PASSWORD, workshop_ids: [workshop.id] } })
  return { workshop, pieceTypes, artisans, email }
}

/** First-load JS of a page: every script chunk its HTML references, gzip-compressed. */
async function firstLoadJs(pagePath, cookie) {
  const html = await (await fetch(`${STOREFRONT}${pagePath}`, { headers: { cookie } })).text()
  // Module scripts only: the nomodule polyfills are never loaded by the browsers we serve.
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script\b([^>]*)>/gi)]
        .map((m) => m[1])
        .filter((attrs) => !/\bnomodule\b/i.test(attrs))
        .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
        .filter(Boolean)
    ),
  ]
  let raw = 0
  let gzip = 0
  const chunks = []
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, STOREFRONT))).arrayBuffer())
    const gz = zlib.gzipSync(body).length
    raw += body.length
    gzip += gz
    chunks.push({ src, bytes: body.length, gzip: gz })
  }
  return { page: pagePath, chunks: chunks.length, raw_kb: +(raw / 1024).toFixed(1), gzip_kb: +(gzip / 1024).toFixed(1), files: chunks }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return { n: sorted.length, min: sorted[0], p50: rank(50), p95: rank(95), max: sorted[sorted.length - 1] }
}

const round = (n) => Math.round(n * 10) / 10

async function deskBatches(setup) {
  const { chromium } = require(path.join(ROOT, "node_modules", "playwright-core"))
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  })
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", baseURL: STOREFRONT })
  const page = await context.newPage()
  await page.goto("/zh-CN/desk/login")
  await page.fill("#login-identifier", setup.email)
  await page.fill("#login-password", PASSWORD)
  await page.click("[data-testid=login-form] button[type=submit]")
  await page.waitForURL(/\/zh-CN\/desk$/)
  await page.getByTestId("outbox-status").waitFor()

  const samples = []
  for (let run = 0; run <= RUNS; run++) {
    // Compose the batch: LINES lines over the 10 artisans and 3 piece types.
    for (let i = 0; i < LINES; i++) {
      if ((await page.getByTestId("entry-line").count()) <= i) await page.getByTestId("add-line").click()
      const line = page.getByTestId("entry-line").nth(i)
      await line.getByTestId("line-artisan").selectOption(setup.artisans[i % setup.artisans.length].id)
      await line.getByTestId("line-piece-type").selectOption(setup.pieceTypes[i % setup.pieceTypes.length])
      await line.getByTestId("line-quantity").fill(String(1 + ((i * 7 + run) % 20)))
      await line.getByTestId(`line-grade-${i % 10 === 9 ? "B" : "A"}`).check()
    }
    const before = await page.getByTestId("day-grand-total").textContent()
    // Timed in the page: from the tap on "send" to the confirmation, and to the refreshed totals.
    await page.evaluate(
      ({ lines, before }) => {
        window.__bench = { lines }
        const submit = document.querySelector("[data-testid=submit-batch]")
        submit.addEventListener("click", () => (window.__bench.clicked = performance.now()), { capture: true, once: true })
        const check = () => {
          const status = document.querySelector("[data-testid=desk-status]")?.textContent ?? ""
          if (!window.__bench.confirmed && status.includes(`${lines} 行`) && status.startsWith("已记上")) window.__bench.confirmed = performance.now()
          const total = document.querySelector("[data-testid=day-grand-total]")?.textContent
          if (window.__bench.confirmed && !window.__bench.refreshed && total !== before) window.__bench.refreshed = performance.now()
        }
        window.__benchObserver?.disconnect()
        window.__benchObserver = new MutationObserver(check)
        window.__benchObserver.observe(document.body, { subtree: true, childList: true, characterData: true })
      },
      { lines: LINES, before }
    )
    const responsePromise = page.waitForResponse((r) => r.url().endsWith("/api/desk/work-entries") && r.request().method() === "POST")
    await page.getByTestId("submit-batch").click()
    const response = await responsePromise
    await page.waitForFunction(() => window.__bench.confirmed && window.__bench.refreshed, null, { timeout: 60_000 })
    const t = await page.evaluate(() => window.__bench)
    const timing = response.request().timing()
    const sample = {
      run,
      status: response.status(),
      submit_to_confirmed_ms: round(t.confirmed - t.clicked),
      submit_to_totals_ms: round(t.refreshed - t.clicked),
      request_ms: round(timing.responseEnd - timing.requestStart),
    }
    if (run === 0) say(`warm-up: ${JSON.stringify(sample)}`)
    else {
      samples.push(sample)
      say(`batch ${run}/${RUNS}: ${JSON.stringify(sample)}`)
    }
  }
  await browser.close()
  return samples
}

/** The backend alone, for the same size of batch (the storefront's share is the difference). */
async function backendBatches(setup, today) {
  const token = await login("coordinator", { email: setup.email, password: PASSWORD })
  const times = []
  for (let run = 0; run <= RUNS; run++) {
    const lines = Array.from({ length: LINES }, (_, i) => ({
      artisan_id: setup.artisans[i % setup.artisans.length].id,
      piece_type_id: setup.pieceTypes[i % setup.pieceTypes.length],
      quantity: 1 + ((i * 3 + run) % 20),
      grade: "A",
      work_date: today,
    }))
    const t0 = performance.now()
    await api("POST", "/coordinator/work-entries", { token, body: { lines }, headers: { "idempotency-key": `bench-${Date.now()}-${run}-${Math.random().toString(36).slice(2)}` } })
    if (run > 0) times.push(round(performance.now() - t0))
  }
  return times
}

function lighthouse(url, cookie, out) {
  const bin = path.join(ROOT, "node_modules", ".bin", "lighthouse")
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      [
        url,
        "--quiet",
        "--only-categories=performance,accessibility",
        "--output=json",
        `--output-path=${out}`,
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error) => {
        if (error) return reject(error)
        const report = JSON.parse(fs.readFileSync(out, "utf8"))
        resolve({
          url,
          performance: Math.round(report.categories.performance.score * 100),
          accessibility: Math.round(report.categories.accessibility.score * 100),
          fcp_ms: Math.round(report.audits["first-contentful-paint"].numericValue),
          lcp_ms: Math.round(report.audits["largest-contentful-paint"].numericValue),
          tbt_ms: Math.round(report.audits["total-blocking-time"].numericValue),
          cls: +report.audits["cumulative-layout-shift"].numericValue.toFixed(3),
          failed_a11y: Object.values(report.audits)
            .filter((a) => a.score === 0 && report.categories.accessibility.auditRefs.some((r) => r.id === a.id))
            .map((a) => a.id),
        })
      }
    )
  })
}

async function main() {
  const started = new Date()
  const today = todayInChina(started)
  say(`storefront ${STOREFRONT}, backend ${BACKEND}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
  const setup = await setUp()
  say(`workshop ${setup.workshop.handle}: 10 artisans, 3 piece types`)
  const coordinatorToken = await login("coordinator", { email: setup.email, password: PASSWORD })
  const artisanToken = await login("artisan", { phone: setup.artisans[0].phone, password: PASSWORD })
  const meCookie = `jinxiu_me_session=${artisanToken}`
  const deskCookie = `jinxiu_desk_session=${coordinatorToken}`

  const js = { me: await firstLoadJs("/zh-CN/me", meCookie), desk: await firstLoadJs("/zh-CN/desk", deskCookie) }
  say(`first-load JS (gzip): /zh-CN/me ${js.me.gzip_kb} kB in ${js.me.chunks} chunks; /zh-CN/desk ${js.desk.gzip_kb} kB in ${js.desk.chunks} chunks`)

  const desk = await deskBatches(setup)
  const backend = await backendBatches(setup, today)
  const summary = {
    submit_to_confirmed_ms: stats(desk.map((s) => s.submit_to_confirmed_ms)),
    submit_to_totals_ms: stats(desk.map((s) => s.submit_to_totals_ms)),
    storefront_request_ms: stats(desk.map((s) => s.request_ms)),
    backend_direct_ms: stats(backend),
  }
  say(`${LINES}-line batch, submit -> confirmed: ${JSON.stringify(summary.submit_to_confirmed_ms)}`)
  say(`${LINES}-line batch, submit -> totals refreshed: ${JSON.stringify(summary.submit_to_totals_ms)}`)
  say(`${LINES}-line batch, POST /api/desk/work-entries: ${JSON.stringify(summary.storefront_request_ms)}`)
  say(`${LINES}-line batch, POST /coordinator/work-entries (backend alone): ${JSON.stringify(summary.backend_direct_ms)}`)

  const lighthouseResults = []
  if (args.lighthouse) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "desk-lh-"))
    for (const [name, pagePath, cookie] of [
      ["me", "/zh-CN/me", meCookie],
      ["desk", "/zh-CN/desk", deskCookie],
    ]) {
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const result = await lighthouse(`${STOREFRONT}${pagePath}`, cookie, path.join(tmp, `${name}-${i}.json`))
        lighthouseResults.push({ page: name, run: i + 1, ...result })
        say(`lighthouse ${pagePath} #${i + 1}: performance ${result.performance}, accessibility ${result.accessibility} (FCP ${result.fcp_ms} ms, LCP ${result.lcp_ms} ms, TBT ${result.tbt_ms} ms, CLS ${result.cls})${result.failed_a11y.length ? `; failing: ${result.failed_a11y.join(", ")}` : ""}`)
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true })
  }

  const result = {
    started: started.toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    load_average_after: os.loadavg(),
    storefront: STOREFRONT,
    backend: BACKEND,
    lines_per_batch: LINES,
    runs: RUNS,
    first_load_js: js,
    desk_batches: desk,
    backend_batches_ms: backend,
    summary,
    lighthouse: lighthouseResults,
  }
  const dir = path.join(HERE, "results")
  fs.mkdirSync(dir, { recursive: true })
  const stamp = started.toISOString().replace(/[:.]/g, "-")
  fs.writeFileSync(path.join(dir, `desk-bench-${stamp}.json`), JSON.stringify(result, null, 2))
  fs.writeFileSync(path.join(dir, "desk-bench-latest.json"), JSON.stringify(result, null, 2))
  say(`saved results/desk-bench-${stamp}.json`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
