// Scaling out with Redis (README "Scaling out"): two backend instances share one PostgreSQL and
// one Redis, one with MEDUSA_WORKER_MODE=server (HTTP) and one with MEDUSA_WORKER_MODE=worker
// (subscribers, jobs). An event emitted by a request on the server instance must travel through
// Redis and be handled by the worker instance's subscriber, never by the server instance.
//
// The observable subscriber is the backend's storefront-revalidate subscriber: it POSTs the event
// names to {STOREFRONT_URL}/api/revalidate. Each instance gets its own STOREFRONT_URL pointing at
// its own little receiver in this test, so the receiver that gets the call names the instance
// that handled the event.
//
// Money through the same path: an order placed through the store API on the server instance
// credits its makers (the plugin's order.placed subscriber, run by the worker instance) exactly
// once, and a redelivered order.placed (the same BullMQ job added again, as Redis redelivers a job
// whose worker died) changes nothing. The shop's frame (regions, shipping, publishable key) is set
// up before the instances start by `medusa exec support/redis-mode-shop.ts`, the seed's own code;
// the workshop, makers, product and the order are made over HTTP; the ledger is read in PostgreSQL.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"
import { run, startService, tailOf, toolEnv, waitForHttp } from "../../scripts/lib/processes.mjs"
import { BACKEND, BACKEND_BUILD, ROOT } from "../../scripts/lib/stack.mjs"
import { startRedis, redisCli, type RedisServer } from "./support/redis.mjs"
import { poll, runCleanups, setUpOnce, setUpShopFrame } from "./support/lifecycle.mjs"

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
// The PostgreSQL client of the backend, and the BullMQ that Medusa's Redis event bus itself uses.
const { Client } = createRequire(path.join(BACKEND, "package.json"))("pg")
const bullmq = createRequire(path.join(ROOT, "node_modules", "@medusajs", "event-bus-redis", "package.json"))("bullmq")
/** Where Medusa's Redis event bus keeps its queue (RedisEventBusService: prefix and queue name). */
const EVENT_QUEUE = { name: "events-queue", prefix: "RedisEventBusService" }
const SECRET_HEADER = "x-jinxiu-revalidate-secret"
const STARTUP_MS = 240_000

type Shop = {
  salesChannelId: string
  shippingProfileId: string
  regions: { china: string; international: string }
  publishableKey: string
}
type Received = { events: string[]; secret: string | undefined }
type Receiver = { url: string; calls: Received[]; close: () => Promise<void> }

const cleanups: (() => Promise<void> | void)[] = []
let dir: string
let redis: RedisServer
let serverUrl: string
let workerUrl: string
let serverLog: string
let workerLog: string
let serverReceiver: Receiver
let workerReceiver: Receiver
let clientsWithServerOnly: number
let clientsWithBoth: number
let databaseUrl: string
let shop: Shop
const revalidateSecret = crypto.randomBytes(16).toString("hex")
const admin = { email: `redis-mode-${crypto.randomBytes(4).toString("hex")}@jinxiu.test`, password: "redis-mode-pw" }

async function startReceiver(): Promise<Receiver> {
  const calls: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/api/revalidate") {
        try {
          calls.push({ events: JSON.parse(body).events, secret: req.headers[SECRET_HEADER] as string | undefined })
        } catch {
          calls.push({ events: [], secret: undefined })
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Stops a child's whole process group: SIGTERM, then SIGKILL after a grace period. */
async function stopGroup(child: { pid?: number }, graceMs = 15_000) {
  if (!child.pid) return
  const alive = () => {
    try {
      process.kill(-child.pid!, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const until = Date.now() + graceMs
  while (Date.now() < until && alive()) await new Promise((r) => setTimeout(r, 100))
  if (alive()) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }
}

function connectedClients(port: number) {
  const info = redisCli(port, ["INFO", "clients"])
  const match = /connected_clients:(\d+)/.exec(info)
  if (!match) throw new Error(`redis INFO clients without connected_clients:\n${info}`)
  return Number(match[1]) - 1 // without redis-cli's own connection
}

async function startInstance(name: "server" | "worker", env: Record<string, string>) {
  const port = await freePort()
  const logFile = path.join(dir, `${name}.log`)
  const child = startService(name, medusaBin, ["start"], {
    cwd: BACKEND_BUILD,
    env: toolEnv({ ...env, PORT: String(port), NODE_ENV: "production" }),
    logFile,
  })
  cleanups.push(() => stopGroup(child))
  const waitOptions = { child, timeoutMs: STARTUP_MS }
  const ok = await waitForHttp(`http://127.0.0.1:${port}/health`, waitOptions)
  if (!ok) throw new Error(`The ${name} instance did not answer /health. Last lines of ${logFile}:\n${tailOf(logFile, 30)}`)
  return { url: `http://127.0.0.1:${port}`, logFile }
}

/** One SQL query on the instances' database. */
async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

/** A JSON request to the server instance; anything but 2xx fails with the answer. */
async function call(method: string, route: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${serverUrl}${route}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${route} answered ${res.status}: ${text}`)
  return JSON.parse(text)
}

async function adminToken() {
  const { token } = await call("POST", "/auth/user/emailpass", admin, {})
  return { authorization: `Bearer ${token}` }
}

type LedgerRow = { id: string; artisan_id: string; kind: string; amount: string; source_id: string; dedupe_key: string }

/** The ledger entries an order's placing posted (their metadata names the order). */
const ledgerOfOrder = (orderId: string) =>
  sql<LedgerRow>(
    `select id, artisan_id, kind, round(amount, 2)::text as amount, source_id, dedupe_key
       from ledger_entry where metadata->>'order_id' = $1 order by artisan_id`,
    [orderId]
  )

/** What the order added to the programme's running totals (counted once per order). */
async function revenueOf(orderId: string) {
  const [order] = await sql<{ rows: number; revenue: string | null }>(
    "select count(*)::int as rows, sum(revenue_cny)::text as revenue from order_revenue where order_id = $1",
    [orderId]
  )
  const [total] = await sql<{ amount: string }>("select amount::text as amount from workshop_money_total where key = 'sales_revenue'")
  return { ...order, total: total?.amount ?? null }
}

const countOf = (text: string, part: string) => text.split(part).length - 1

// A setup failure (redis-server not installed, no build, an instance that doesn't start) fails
// every test with its message, rather than leaving them skipped.
const ready = setUpOnce(beforeAll, setUp)

async function setUp() {
  if (!fs.existsSync(path.join(BACKEND_BUILD, "medusa-config.js"))) {
    throw new Error(`No backend build in ${BACKEND_BUILD}: run \`npm run build\` at the repository root first (npm test does).`)
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-redis-mode-"))
  fs.chmodSync(dir, 0o755)
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))

  redis = await startRedis(dir) // fails with "install redis-server" when it is missing
  cleanups.push(() => redis.stop())

  const pg = new EmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "pw", fast: true })
  cleanups.push(() => pg.stop())
  await pg.start()
  await pg.createDatabase("jinxiu")
  databaseUrl = pg.databaseUrl("jinxiu")

  const common = {
    DATABASE_URL: databaseUrl,
    JINXIU_DATA_DIR: path.join(dir, "data"),
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    DISABLE_MEDUSA_ADMIN: "true",
    STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
  }
  const toolLog = path.join(dir, "tools.log")
  for (const args of [["db:migrate"], ["user", "-e", admin.email, "-p", admin.password]]) {
    const runOptions = { cwd: BACKEND_BUILD, env: toolEnv({ ...common, NODE_ENV: "production" }), logFile: toolLog, inherit: false }
    await run(medusaBin, args, runOptions).catch(
      (e: Error & { tail?: string }) => {
        throw new Error(`medusa ${args[0]} failed:\n${e.tail}`)
      }
    )
  }
  // The shop's frame, with the seed's code (as `npm start`'s seed runs it: from the backend's
  // sources), before any instance runs: no Redis, nothing for the instances to pick up.
  shop = await setUpShopFrame({ dir, env: common, logFile: toolLog })

  serverReceiver = await startReceiver()
  cleanups.push(() => serverReceiver.close())
  workerReceiver = await startReceiver()
  cleanups.push(() => workerReceiver.close())

  const shared = { ...common, REDIS_URL: redis.url }
  const server = await startInstance("server", { ...shared, MEDUSA_WORKER_MODE: "server", STOREFRONT_URL: serverReceiver.url })
  serverUrl = server.url
  serverLog = server.logFile
  clientsWithServerOnly = connectedClients(redis.port)
  const worker = await startInstance("worker", { ...shared, MEDUSA_WORKER_MODE: "worker", STOREFRONT_URL: workerReceiver.url })
  workerUrl = worker.url
  workerLog = worker.logFile
  clientsWithBoth = connectedClients(redis.port)
}

afterAll(() => runCleanups(cleanups), 120_000)

describe("two backend instances sharing work through Redis (REDIS_URL, MEDUSA_WORKER_MODE)", () => {
  it("both instances answer /health; only the server instance serves the API", async () => {
    ready()
    expect((await fetch(`${serverUrl}/health`)).status).toBe(200)
    expect((await fetch(`${workerUrl}/health`)).status).toBe(200)
    // A worker instance runs no HTTP routes besides /health: the store API is not there.
    expect((await fetch(`${workerUrl}/store/regions`)).status).toBe(404)
    expect([200, 400, 401]).toContain((await fetch(`${serverUrl}/store/regions`)).status)
  })

  it("each instance holds its own connections to the Redis server", () => {
    ready()
    expect(clientsWithServerOnly).toBeGreaterThan(0)
    expect(clientsWithBoth).toBeGreaterThan(clientsWithServerOnly)
  })

  it("an event emitted by the server instance is handled by the worker instance's subscriber only", async () => {
    ready()
    const login = await fetch(`${serverUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }

    const name = `Redis mode ${crypto.randomBytes(3).toString("hex")}`
    const created = await fetch(`${serverUrl}/admin/product-categories`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ name }),
    })
    expect(created.status, await created.clone().text()).toBe(200)

    const call = await poll(
      "the worker instance's storefront-revalidate subscriber to handle product-category.created",
      () => workerReceiver.calls.find((c) => c.events.includes("product-category.created")),
      120_000
    ).catch((e: Error) => {
      throw new Error(`${e.message}\nworker log:\n${tailOf(workerLog, 30)}\nserver log:\n${tailOf(serverLog, 30)}`)
    })
    expect(call.secret).toBe(revalidateSecret)
    // The server instance loads the same subscriber but runs no event worker: nothing reached
    // its receiver, although it emitted the event.
    expect(serverReceiver.calls).toEqual([])

    // The event went through Medusa's Redis event bus queue (BullMQ keys on the Redis server).
    const keys = redisCli(redis.port, ["--scan"]).split("\n").filter(Boolean)
    expect(keys.some((k) => k.startsWith("RedisEventBusService:events-queue:")), keys.join("\n")).toBe(true)
  }, 180_000)

  it("an order placed on the server instance credits its makers once, through the worker; a redelivered order.placed changes nothing", async () => {
    ready()
    const adminHeaders = await adminToken()
    const suffix = crypto.randomBytes(3).toString("hex")

    // makers: a workshop and two of its women, over the admin API of the server instance
    const { workshop } = await call(
      "POST",
      "/admin/workshops",
      { handle: `redis-mode-${suffix}`, name_zh: `测试工坊${suffix}`, name_en: `Redis workshop ${suffix}`, city_zh: "肇庆", city_en: "Zhaoqing" },
      adminHeaders
    )
    const makers: { artisan_id: string; weight: number }[] = []
    for (const [i, weight] of [2, 1].entries()) {
      const phone = `+86139${String(crypto.randomInt(0, 1e8)).padStart(8, "0")}`
      const { artisan } = await call(
        "POST",
        "/admin/artisans",
        { workshop_id: workshop.id, display_name: `绣娘${suffix}${i}`, legal_name: `测试${suffix}${i}`, joined_on: "2024-01-01", phone, password: "artisan-password-1" },
        adminHeaders
      )
      makers.push({ artisan_id: artisan.id as string, weight })
    }

    // a product made by them (20% of each sale shared 2:1), sold in the shop at 88 CNY
    const { product } = await call(
      "POST",
      "/admin/products",
      {
        title: `广府金绣团扇 ${suffix}`,
        status: "published",
        shipping_profile_id: shop.shippingProfileId,
        options: [{ title: "尺寸", values: ["标准"] }],
        variants: [{ title: "标准", options: { 尺寸: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: 88 }] }],
        sales_channels: [{ id: shop.salesChannelId }],
      },
      adminHeaders
    )
    await call("POST", `/admin/products/${product.id}/makers`, { share_percent: 20, makers }, adminHeaders)

    // a shopper's checkout through the store API, as the storefront does it, with manual payment
    const store = { "x-publishable-api-key": shop.publishableKey }
    const address = { first_name: "美", last_name: "陈", address_1: "端州区 金绣基地", city: "肇庆", country_code: "cn", postal_code: "526000" }
    const { cart } = await call("POST", "/store/carts", { region_id: shop.regions.china }, store)
    await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: product.variants[0].id, quantity: 2 }, store)
    await call("POST", `/store/carts/${cart.id}`, { email: `shopper-${suffix}@jinxiu.test`, shipping_address: address, billing_address: address }, store)
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, store)
    const standard = (shipping_options as { id: string; name: string }[]).find((o) => /Standard/.test(o.name))
    expect(standard, JSON.stringify(shipping_options)).toBeDefined()
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: standard!.id }, store)
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, store)
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    const completed = await call("POST", `/store/carts/${cart.id}/complete`, {}, store)
    expect(completed.type, JSON.stringify(completed)).toBe("order")
    const orderId = completed.order.id as string
    const lineId = completed.order.items[0].id as string

    // the worker instance handles order.placed: 2 x 88 = 176, 20% = 35.20, split 2:1
    const withLogs = (e: Error) => {
      throw new Error(`${e.message}\nworker log:\n${tailOf(workerLog, 40)}\nserver log:\n${tailOf(serverLog, 20)}`)
    }
    const credited = await poll(
      "the makers' sale shares of the order",
      async () => {
        const rows = await ledgerOfOrder(orderId)
        return rows.length >= 2 ? rows : undefined
      },
      120_000
    ).catch(withLogs)
    const expected = [
      { artisan_id: makers[0].artisan_id, kind: "sale_share", amount: "23.47", source_id: lineId, dedupe_key: `sale_share:${lineId}:${makers[0].artisan_id}` },
      { artisan_id: makers[1].artisan_id, kind: "sale_share", amount: "11.73", source_id: lineId, dedupe_key: `sale_share:${lineId}:${makers[1].artisan_id}` },
    ].sort((a, b) => (a.artisan_id < b.artisan_id ? -1 : 1))
    expect(credited.map(({ id, ...row }) => row)).toEqual(expected)
    const revenue = await revenueOf(orderId)
    expect(revenue).toMatchObject({ rows: 1, revenue: "176.00" })
    // handled by the worker, never by the server instance
    expect(countOf(fs.readFileSync(workerLog, "utf8"), "Processing order.placed")).toBe(1)
    expect(fs.readFileSync(serverLog, "utf8")).not.toContain("Processing order.placed")

    // Redelivery: the same event again on Medusa's queue, as BullMQ redelivers a job whose worker
    // died before it was acknowledged. (Emitting it through `medusa exec` would not do: exec loads
    // no subscribers, and the Redis event bus queues only events that have subscribers there.)
    const queue = new bullmq.Queue(EVENT_QUEUE.name, { prefix: EVENT_QUEUE.prefix, connection: { host: "127.0.0.1", port: redis.port } })
    try {
      const jobId = `redelivered-order-placed-${orderId}`
      const now = new Date()
      await queue.add(
        "order.placed",
        { data: { id: orderId }, metadata: { created_at: now, published_at: now } },
        { jobId, attempts: 1, removeOnComplete: false, removeOnFail: false }
      )
      // wait until the worker instance has run every order.placed subscriber on it
      const state = await poll(
        "the worker instance to process the redelivered order.placed",
        async () => {
          const s = await queue.getJobState(jobId)
          return s === "completed" || s === "failed" ? s : undefined
        },
        120_000
      ).catch(withLogs)
      expect(state).toBe("completed")
      const job = await bullmq.Job.fromId(queue, jobId)
      // one result per subscriber; a subscriber that threw would leave its error here
      expect(job.returnvalue.length, JSON.stringify(job.returnvalue)).toBeGreaterThanOrEqual(2)
      expect(job.returnvalue.every((r: unknown) => r === null || r === undefined), JSON.stringify(job.returnvalue)).toBe(true)
    } finally {
      await queue.close()
    }
    const workerText = fs.readFileSync(workerLog, "utf8")
    expect(countOf(workerText, "Processing order.placed")).toBe(2)
    expect(workerText).not.toContain("An error occurred while processing order.placed")

    // nothing changed: the same two entries, the order's revenue counted once
    expect(await ledgerOfOrder(orderId)).toEqual(credited)
    expect(await revenueOf(orderId)).toEqual(revenue)
    // and the server instance still handled no event at all
    expect(serverReceiver.calls).toEqual([])
  }, 420_000)
})
