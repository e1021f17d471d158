// Scaling out with Redis (README "Scaling out"): two backend instances share one PostgreSQL and
// one Redis, one with MEDUSA_WORKER_MODE=server (HTTP) and one with MEDUSA_WORKER_MODE=worker
// (subscribers, jobs). An event emitted by a request on the server instance must travel through
// Redis and be handled by the worker instance's subscriber, never by the server instance.
//
// The observable subscriber is the backend's storefront-revalidate subscriber: it POSTs the event
// names to {STOREFRONT_URL}/api/revalidate. Each instance gets its own STOREFRONT_URL pointing at
// its own little receiver in this test, so the receiver that gets the call names the instance
// that handled the event.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"
import { run, startService, tailOf, toolEnv, waitForHttp } from "../../scripts/lib/processes.mjs"
import { BACKEND_BUILD, ROOT } from "../../scripts/lib/stack.mjs"
import { startRedis, redisCli, type RedisServer } from "./support/redis"

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const SECRET_HEADER = "x-jinxiu-revalidate-secret"
const STARTUP_MS = 240_000

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

async function poll<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
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

// A setup failure (redis-server not installed, no build, an instance that doesn't start) fails
// every test with its message, rather than leaving them skipped.
let setupError: unknown
function ready() {
  if (setupError) throw setupError
}

beforeAll(async () => {
  try {
    await setUp()
  } catch (e) {
    setupError = e
  }
}, 600_000)

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
  const databaseUrl = pg.databaseUrl("jinxiu")

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

afterAll(async () => {
  const failures: unknown[] = []
  while (cleanups.length) {
    try {
      await cleanups.pop()!()
    } catch (e) {
      failures.push(e)
    }
  }
  if (failures.length) throw failures[0]
}, 120_000)

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
})
