// A throw-away Jinxiu backend for reliability tests and scripts: an embedded PostgreSQL of its own,
// the real migrations, an admin user, and `medusa start` (production) in its own process group,
// which can be killed (-9) and started again on the same database; PostgreSQL can be killed (-9)
// and started again too. Plus the few admin API calls that make a workshop, its coordinators,
// artisans and piece types, and the SQL that counts what a batch left in the database.
//
// Plain ESM (not TypeScript) so that both the vitest files and `node load-with-faults.mjs` (Node 20,
// which can't import .ts) share it.
//
// The backend runs from a private copy of the build (tests/bench/lib/backend.mjs's snapshotBuild),
// so that someone rebuilding the working tree can't pull the code from under a restart.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { EmbeddedPostgres, freePort } from "../../../scripts/lib/embedded-postgres.mjs"
import { groupAliveById as groupAlive, run, startService, tailOf, toolEnv, waitForHttp } from "../../../scripts/lib/processes.mjs"
import { BACKEND_BUILD, ROOT } from "../../../scripts/lib/stack.mjs"
import { snapshotBuild } from "../../bench/lib/backend.mjs"
import { runCleanups } from "./lifecycle.mjs"
import { addDays, addMonths, todayInChina } from "../../bench/lib/calendar.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("pg")

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const STARTUP_MS = 240_000
/** application_name of our own database sessions, so they can be told from the backend's. */
export const PROBE_APP = "jinxiu-reliability-probe"

export const COORDINATOR_PASSWORD = "coordinator-password-1"
export const ARTISAN_PASSWORD = "artisan-password-1"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function pidAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/** The pids whose parent is `pid` (from /proc). */
function childrenOf(pid) {
  const kids = []
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (ppid === pid) kids.push(Number(entry))
    } catch {
      // gone
    }
  }
  return kids
}

async function waitUntil(what, check, timeoutMs, stepMs = 50) {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`)
    await sleep(stepMs)
  }
}

/** SIGTERM to a process group, SIGKILL after a grace period. */
export async function stopGroup(child, graceMs = 15_000) {
  if (!child?.pid || !groupAlive(child.pid)) return
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const until = Date.now() + graceMs
  while (Date.now() < until && groupAlive(child.pid)) await sleep(100)
  if (groupAlive(child.pid)) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }
}

/**
 * Starts a throw-away stack: a temp folder, a private copy of the build, an embedded PostgreSQL
 * (fsync off while migrating; with `durable`, restarted with PostgreSQL's durable defaults before
 * the backend starts, so that a killed server loses no committed transaction), `medusa db:migrate`,
 * `medusa user`, then the backend. Call `stop()` when done (also after a failure: whatever was
 * started is stopped).
 *
 * `patchBuild` may change the private copy of the build before anything runs (to check that a
 * test fails against a broken implementation).
 *
 * @param {{ name: string, durable?: boolean, log?: (line: string) => void, env?: Record<string,string>,
 *   patchBuild?: (build: { server: string, pluginSrc: string }) => void }} options
 */
export async function startStack({ name, durable = false, log = () => {}, env: extraEnv = {}, patchBuild }) {
  if (!fs.existsSync(path.join(BACKEND_BUILD, "medusa-config.js"))) {
    throw new Error(
      `No backend build in ${BACKEND_BUILD}: run \`npm run build\` at the repository root first (or \`npx turbo run build --filter=@jinxiu/backend...\`).`
    )
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jinxiu-${name}-`))
  fs.chmodSync(dir, 0o755)
  const pgOptions = { dataDir: path.join(dir, "pg"), port: 0, password: "pw" }

  /** `medusa start`; resolves once /health answers. */
  async function startBackend() {
    const child = startService("backend", medusaBin, ["start"], {
      cwd: stack.server,
      env: toolEnv({ ...stack.env, PORT: String(stack.port) }),
      logFile: stack.logFile,
    })
    stack.backend = child
    const ok = await waitForHttp(`${stack.url}/health`, { child, timeoutMs: STARTUP_MS })
    if (!ok) throw new Error(`The backend did not answer /health. Last lines of ${stack.logFile}:\n${tailOf(stack.logFile, 30)}`)
  }

  /** Is the backend's process still running? */
  function backendAlive() {
    return Boolean(stack.backend?.pid) && groupAlive(stack.backend.pid) && stack.backend.exitCode === null && stack.backend.signalCode === null
  }

  /** kill -9 of the backend's whole process group; resolves once it is gone. */
  async function killBackend() {
    const child = stack.backend
    if (!child?.pid) return
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
    await waitUntil("the killed backend's processes to go", () => !groupAlive(child.pid), 20_000, 20)
  }

  /**
   * SIGKILL to the PostgreSQL server (the postmaster). With `withChildren`, its backends and
   * auxiliary processes are killed at the same instant (a crash of the whole server); without,
   * they are left to notice their postmaster is gone and exit on their own. Resolves once every
   * one of them has exited.
   */
  async function killPostgres({ withChildren = false } = {}) {
    const pid = stack.pg?.process?.pid
    if (!pid) throw new Error("PostgreSQL is not running")
    const kids = childrenOf(pid)
    process.kill(pid, "SIGKILL")
    if (withChildren) for (const kid of kids) try { process.kill(kid, "SIGKILL") } catch { /* gone */ }
    await waitUntil("the postmaster to exit", () => !pidAlive(pid), 10_000, 10)
    // Without withChildren, a backend still running a statement finishes it first.
    try {
      await waitUntil("PostgreSQL's processes to exit", () => kids.every((k) => !pidAlive(k)), 30_000)
    } catch {
      for (const kid of kids) try { process.kill(kid, "SIGKILL") } catch { /* gone */ }
      await waitUntil("PostgreSQL's processes to exit after SIGKILL", () => kids.every((k) => !pidAlive(k)), 10_000)
    }
    await waitUntil("the pid of the killed postmaster to be forgotten", () => !stack.pg.process, 5_000, 10)
    return { postmaster: pid, children: kids.length }
  }

  /** PostgreSQL again on the same data folder and port (crash recovery runs at start). */
  async function startPostgres() {
    stack.pg = new EmbeddedPostgres({ ...pgOptions, fast: !durable })
    await stack.pg.start()
  }

  const cleanups = [() => fs.rmSync(dir, { recursive: true, force: true })]
  async function stop() {
    const failures = []
    if (stack.backend) await stopGroup(stack.backend).catch((e) => failures.push(e))
    if (stack.pg) await stack.pg.stop().catch((e) => failures.push(e))
    await runCleanups(cleanups).catch((e) => failures.push(e))
    if (failures.length) throw failures[0]
  }

  const stack = {
    dir,
    /** @type {EmbeddedPostgres | null} */
    pg: null,
    databaseUrl: "",
    /** the backend's base URL */
    url: "",
    port: 0,
    logFile: path.join(dir, "backend.log"),
    /** @type {import("node:child_process").ChildProcess | null} */
    backend: null,
    /** the admin user's login (created with `medusa user`) */
    admin: { email: `admin-${crypto.randomBytes(4).toString("hex")}@jinxiu.test`, password: "admin-password-1" },
    /** a bearer token of the admin user */
    adminToken: "",
    /** @type {Record<string, string>} the backend's environment */
    env: {},
    /** the private copy of the built backend `medusa` runs in */
    server: "",
    startBackend,
    backendAlive,
    killBackend,
    killPostgres,
    startPostgres,
    stop,
  }

  try {
    log("copying the build")
    const build = await snapshotBuild(path.join(dir, "build"), { log })
    stack.server = build.server
    patchBuild?.(build)

    pgOptions.port = await freePort()
    stack.pg = new EmbeddedPostgres({ ...pgOptions, fast: true })
    await stack.pg.start()
    await stack.pg.createDatabase("jinxiu")
    stack.databaseUrl = stack.pg.databaseUrl("jinxiu")

    stack.port = await freePort()
    stack.url = `http://127.0.0.1:${stack.port}`
    stack.env = {
      DATABASE_URL: stack.databaseUrl,
      JINXIU_DATA_DIR: path.join(dir, "data"),
      // fixed, so tokens stay valid across restarts
      JWT_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
      DISABLE_MEDUSA_ADMIN: "true",
      NODE_ENV: "production",
      ...extraEnv,
    }
    const toolLog = path.join(dir, "tools.log")
    for (const args of [["db:migrate"], ["user", "-e", stack.admin.email, "-p", stack.admin.password]]) {
      log(`medusa ${args[0]}`)
      await run(medusaBin, args, { cwd: stack.server, env: toolEnv(stack.env), logFile: toolLog }).catch((e) => {
        throw new Error(`medusa ${args[0]} failed:\n${e.tail}`)
      })
    }
    if (durable) {
      await stack.pg.stop()
      await startPostgres()
    }
    log("medusa start")
    await startBackend()
    stack.adminToken = await adminToken(stack.url, stack.admin)
    return stack
  } catch (e) {
    await stop().catch(() => {})
    throw e
  }
}

/** A connected pg client (application_name PROBE_APP). Errors after connecting are ignored (PostgreSQL may be killed). */
export async function connectDb(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl, application_name: PROBE_APP })
  client.on("error", () => {})
  await client.connect()
  return client
}

/** Runs `fn` with a connected pg client (application_name PROBE_APP). */
export async function withDb(databaseUrl, fn) {
  const client = await connectDb(databaseUrl)
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Sessions of the backend (everything but ours) still open on the database. */
export async function backendSessions(client) {
  const { rows } = await client.query(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and backend_type = 'client backend'
        and application_name <> $1 and pid <> pg_backend_pid()`,
    [PROBE_APP]
  )
  return rows[0].n
}

// ---------------------------------------------------------------------------------------------
// HTTP

/**
 * @typedef {{ token?: string, body?: unknown, headers?: Record<string, string>, timeoutMs?: number }} CallOptions
 */

/**
 * One JSON request with fetch. Never throws for an HTTP status; throws for a network failure.
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} urlPath
 * @param {CallOptions} [options]
 * @returns {Promise<{ status: number, body: any, text: string, headers: Headers }>}
 */
export async function call(baseUrl, method, urlPath, { token, body, headers = {}, timeoutMs = 120_000 } = {}) {
  const res = await fetch(baseUrl + urlPath, {
    method,
    headers: {
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  })
  const text = await res.text()
  let parsed
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = undefined
  }
  return { status: res.status, body: parsed, text, headers: res.headers }
}

/**
 * `call`, failing with the route's answer unless it is 2xx. Returns the body.
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} urlPath
 * @param {CallOptions} [options]
 * @returns {Promise<any>}
 */
export async function expectOk(baseUrl, method, urlPath, options = {}) {
  const res = await call(baseUrl, method, urlPath, options)
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${method} ${urlPath}: HTTP ${res.status}: ${res.text.slice(0, 800)}`)
  }
  return res.body
}

/**
 * POST of a JSON body with node:http, reporting when the whole body has been handed to the
 * socket (`onSent`), so a caller can kill something "after the request was sent". Resolves with
 * the answer, or with `{ error }` when the connection broke.
 * @param {string} baseUrl
 * @param {string} urlPath
 * @param {{ token?: string, body: unknown, headers?: Record<string, string>, onSent?: () => void }} options
 * @returns {Promise<{ status?: number, text?: string, headers?: import("node:http").IncomingHttpHeaders, error?: Error }>}
 */
export function postWithProgress(baseUrl, urlPath, { token, body, headers = {}, onSent = () => {} }) {
  const url = new URL(baseUrl + urlPath)
  const payload = Buffer.from(JSON.stringify(body))
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": String(payload.length),
          accept: "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers }))
        res.on("error", (error) => resolve({ error }))
      }
    )
    req.on("error", (error) => resolve({ error }))
    req.on("finish", () => onSent())
    req.end(payload)
  })
}

export async function adminToken(baseUrl, admin) {
  const body = await expectOk(baseUrl, "POST", "/auth/user/emailpass", { body: admin })
  return body.token
}

let counter = 0
export function uniqueSuffix() {
  counter += 1
  return `${process.pid % 10000}${counter}${crypto.randomBytes(2).toString("hex")}`
}

/** A fresh mainland mobile number (+86 139 ……), unique within this process. */
export function uniqueMobile() {
  counter += 1
  const digits = String((process.pid * 10000 + counter) % 100000000).padStart(8, "0")
  return `+86139${digits}`
}

/** POST /admin/workshops */
export async function createWorkshop(baseUrl, token) {
  const s = uniqueSuffix()
  const { workshop } = await expectOk(baseUrl, "POST", "/admin/workshops", {
    token,
    body: { handle: `rel-${s}`, name_zh: `可靠工坊${s}`, name_en: `Reliability workshop ${s}`, city_zh: "肇庆", city_en: "Zhaoqing" },
  })
  return workshop
}

/** POST /admin/coordinators, then her login (POST /auth/coordinator/emailpass): `token` is her bearer token. */
export async function createCoordinator(baseUrl, token, { workshopIds }) {
  const email = `coordinator-${uniqueSuffix()}@jinxiu.test`
  const { coordinator } = await expectOk(baseUrl, "POST", "/admin/coordinators", {
    token,
    body: { email, name: "可靠性协调员", password: COORDINATOR_PASSWORD, workshop_ids: workshopIds },
  })
  const login = await expectOk(baseUrl, "POST", "/auth/coordinator/emailpass", { body: { email, password: COORDINATOR_PASSWORD } })
  return { id: coordinator.id, email, token: login.token }
}

/** POST /admin/artisans (joined long ago, so any recent date is hers). */
export async function createArtisan(baseUrl, token, { workshopId, joinedOn = "2024-01-01" }) {
  const s = uniqueSuffix()
  const { artisan } = await expectOk(baseUrl, "POST", "/admin/artisans", {
    token,
    body: {
      workshop_id: workshopId,
      display_name: `绣娘${s}`,
      legal_name: `测试${s}`,
      joined_on: joinedOn,
      phone: uniqueMobile(),
      password: ARTISAN_PASSWORD,
    },
  })
  return artisan
}

/** POST /admin/piece-types with one rate in force since 2020. */
export async function createPieceType(baseUrl, token, { workshopId, rateA = 12.5, rateB = 8.25 }) {
  const s = uniqueSuffix()
  const { piece_type } = await expectOk(baseUrl, "POST", "/admin/piece-types", {
    token,
    body: {
      workshop_id: workshopId,
      code: `REL-${s}`,
      name_zh: `扇面${s}`,
      name_en: `Fan face ${s}`,
      kind: "task",
      rate: { effective_from: "2020-01-01", rate_a: rateA, rate_b: rateB },
    },
  })
  return piece_type
}

/** A workshop with `artisans` artisans and `pieceTypes` piece types. */
export async function createWorkshopWithPeople(baseUrl, token, { artisans = 5, pieceTypes = 2 } = {}) {
  const workshop = await createWorkshop(baseUrl, token)
  const people = []
  for (let i = 0; i < artisans; i++) people.push(await createArtisan(baseUrl, token, { workshopId: workshop.id }))
  const types = []
  for (let i = 0; i < pieceTypes; i++) types.push(await createPieceType(baseUrl, token, { workshopId: workshop.id }))
  return { workshop, artisans: people, pieceTypes: types }
}

// ---------------------------------------------------------------------------------------------
// Dates in China (Asia/Shanghai), where the workshops live

export { todayInChina, addDays }

/** The month before `month` (YYYY-MM). */
export function previousMonth(month) {
  return addMonths(month, -1)
}

/** Every day of `month` up to `until` (inclusive). */
export function daysOf(month, until = "9999-12-31") {
  const days = []
  for (let d = `${month}-01`; d.slice(0, 7) === month && d <= until; d = addDays(d, 1)) days.push(d)
  return days
}

/**
 * `count` work lines over the given artisans, piece types and dates; grades A and B only, so that
 * every line is paid and has its ledger entry.
 */
export function workLines({ artisans, pieceTypes, dates, count, random = Math.random }) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  return Array.from({ length: count }, (_, i) => ({
    artisan_id: pick(artisans).id,
    piece_type_id: pick(pieceTypes).id,
    quantity: 1 + Math.floor(random() * 40),
    grade: random() < 0.8 ? "A" : "B",
    work_date: pick(dates),
    note: i % 7 === 0 ? `line ${i}` : null,
  }))
}

export function newIdempotencyKey(prefix = "rel") {
  return `${prefix}-${crypto.randomUUID()}`
}

// ---------------------------------------------------------------------------------------------
// What a batch left in the database

/**
 * For one (coordinator, Idempotency-Key): how many batch rows, work entries, and piecework ledger
 * entries pointing at those work entries; and the batch's stored answer.
 */
export async function batchState(client, coordinatorId, key) {
  const { rows } = await client.query(
    `select
       (select count(*) from work_batch b where b.coordinator_id = $1 and b.idempotency_key = $2)::int as batches,
       (select count(*) from work_entry e join work_batch b on b.id = e.batch_id
         where b.coordinator_id = $1 and b.idempotency_key = $2)::int as entries,
       (select count(distinct e.line_index) from work_entry e join work_batch b on b.id = e.batch_id
         where b.coordinator_id = $1 and b.idempotency_key = $2)::int as lines,
       (select count(*) from ledger_entry l join work_entry e on l.source_type = 'work_entry' and l.source_id = e.id
          join work_batch b on b.id = e.batch_id
         where b.coordinator_id = $1 and b.idempotency_key = $2)::int as ledger,
       (select b.response_body from work_batch b where b.coordinator_id = $1 and b.idempotency_key = $2 limit 1) as response_body`,
    [coordinatorId, key]
  )
  return rows[0]
}

/**
 * Everything a coordinator has in the database: batches, work entries she recorded, piecework
 * ledger entries she created, and the work entries without exactly one ledger entry.
 */
export async function coordinatorTotals(client, coordinatorId) {
  const { rows } = await client.query(
    `select
       (select count(*) from work_batch where coordinator_id = $1)::int as batches,
       (select coalesce(sum(line_count), 0) from work_batch where coordinator_id = $1)::int as batch_lines,
       (select count(*) from work_entry where recorded_by = $1)::int as entries,
       (select count(*) from ledger_entry where created_by = $1 and kind = 'piecework')::int as ledger,
       (select count(*) from work_entry e where e.recorded_by = $1 and (
          select count(*) from ledger_entry l where l.source_type = 'work_entry' and l.source_id = e.id) <> 1)::int as entries_without_one_ledger_entry`,
    [coordinatorId]
  )
  return rows[0]
}

// ---------------------------------------------------------------------------------------------
// A shop to place orders in, through the admin API: a CNY region for China with the manual
// payment provider, a tax region, a sales channel with a publishable key, a stock location with
// the manual fulfillment provider, a shipping option. (The demo seed does the same through
// workflows; backend/integration-tests/helpers/checkout.ts places orders the same way.)

export const MANUAL_PAYMENT_PROVIDER = "pp_system_default"

export async function setUpShop(baseUrl, token) {
  const admin = (method, urlPath, body) => expectOk(baseUrl, method, urlPath, { token, body })
  const s = uniqueSuffix()
  const { sales_channel: channel } = await admin("POST", "/admin/sales-channels", { name: `Reliability shop ${s}` })
  const { stores } = await admin("GET", "/admin/stores")
  await admin("POST", `/admin/stores/${stores[0].id}`, {
    supported_currencies: [{ currency_code: "cny", is_default: true }],
    default_sales_channel_id: channel.id,
  })
  const { region } = await admin("POST", "/admin/regions", {
    name: `中国 China ${s}`,
    currency_code: "cny",
    countries: ["cn"],
    payment_providers: [MANUAL_PAYMENT_PROVIDER],
  })
  await admin("POST", "/admin/tax-regions", { country_code: "cn", provider_id: "tp_system" })
  const { stock_location: location } = await admin("POST", "/admin/stock-locations", {
    name: `Warehouse ${s}`,
    address: { city: "Zhaoqing", country_code: "cn", address_1: "端州区 金绣基地" },
  })
  await admin("POST", `/admin/stock-locations/${location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  await admin("POST", `/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] })
  await admin("POST", `/admin/stock-locations/${location.id}/fulfillment-sets`, { name: `Delivery ${s}`, type: "shipping" })
  const withSet = await admin("GET", `/admin/stock-locations/${location.id}?fields=id,*fulfillment_sets`)
  const fulfillmentSet = withSet.stock_location.fulfillment_sets[0]
  await admin("POST", `/admin/fulfillment-sets/${fulfillmentSet.id}/service-zones`, {
    name: "China",
    geo_zones: [{ type: "country", country_code: "cn" }],
  })
  const withZone = await admin("GET", `/admin/stock-locations/${location.id}?fields=id,*fulfillment_sets,*fulfillment_sets.service_zones`)
  const zone = withZone.stock_location.fulfillment_sets[0].service_zones[0]
  let { shipping_profiles: profiles } = await admin("GET", "/admin/shipping-profiles?type=default")
  let profile = profiles[0]
  if (!profile) profile = (await admin("POST", "/admin/shipping-profiles", { name: "Default Shipping Profile", type: "default" })).shipping_profile
  const { shipping_option: option } = await admin("POST", "/admin/shipping-options", {
    name: "标准快递 Standard",
    price_type: "flat",
    provider_id: "manual_manual",
    service_zone_id: zone.id,
    shipping_profile_id: profile.id,
    type: { label: "3-5 days", description: "3-5 days", code: "standard" },
    prices: [{ currency_code: "cny", amount: 12 }, { region_id: region.id, amount: 12 }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  const { api_key: key } = await admin("POST", "/admin/api-keys", { title: `Reliability storefront ${s}`, type: "publishable" })
  await admin("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  return {
    salesChannelId: channel.id,
    regionId: region.id,
    shippingProfileId: profile.id,
    shippingOptionId: option.id,
    publishableKey: key.token,
  }
}

/** A published product with one variant at `unitPrice` CNY, sold in the shop, with its makers (POST /admin/products/:id/makers). */
export async function createProductWithMakers(baseUrl, token, shop, { title, unitPrice, sharePercent, makers }) {
  const { product } = await expectOk(baseUrl, "POST", "/admin/products", {
    token,
    body: {
      title,
      status: "published",
      shipping_profile_id: shop.shippingProfileId,
      options: [{ title: "尺寸", values: ["标准"] }],
      variants: [{ title: "标准", options: { 尺寸: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: unitPrice }] }],
      sales_channels: [{ id: shop.salesChannelId }],
    },
  })
  await expectOk(baseUrl, "POST", `/admin/products/${product.id}/makers`, {
    token,
    body: { share_percent: sharePercent, makers: makers.map((m) => ({ artisan_id: m.id, weight: m.weight ?? 1 })) },
  })
  return { productId: product.id, variantId: product.variants[0].id }
}

const ADDRESS = { first_name: "美", last_name: "陈", address_1: "端州区 金绣基地", city: "肇庆", country_code: "cn", postal_code: "526000" }

/**
 * A shopper's checkout through the store API, as the storefront does it: cart, line items,
 * address, shipping method, a payment session of the manual provider, complete. Returns the
 * order id.
 */
export async function checkOut(baseUrl, shop, items) {
  const headers = { "x-publishable-api-key": shop.publishableKey }
  const store = (method, urlPath, body) => expectOk(baseUrl, method, urlPath, { headers, body })
  const { cart } = await store("POST", "/store/carts", { region_id: shop.regionId })
  for (const item of items) await store("POST", `/store/carts/${cart.id}/line-items`, { variant_id: item.variantId, quantity: item.quantity })
  await store("POST", `/store/carts/${cart.id}`, { email: `shopper-${uniqueSuffix()}@jinxiu.test`, shipping_address: ADDRESS, billing_address: ADDRESS })
  await store("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shop.shippingOptionId })
  const { payment_collection: collection } = await store("POST", "/store/payment-collections", { cart_id: cart.id })
  await store("POST", `/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: MANUAL_PAYMENT_PROVIDER })
  const completed = await store("POST", `/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`the cart did not become an order: ${JSON.stringify(completed.error ?? completed).slice(0, 500)}`)
  return completed.order.id
}
