// The steps that bring Jinxiu up, shared by `npm start` and the end-to-end tests:
// build what is out of date, migrate, seed an empty database, start the backend and storefront.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { StartupError, portInUse } from "./embedded-postgres.mjs"
import { queryOnce, safeUrl } from "./database.mjs"
import { run, startService, toolEnv, waitForHttp, tailOf } from "./processes.mjs"
import { superviseService } from "./supervisor.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const BACKEND = path.join(ROOT, "backend")
export const BACKEND_BUILD = path.join(BACKEND, ".medusa", "server")
export const STOREFRONT = path.join(ROOT, "storefront")
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name)

export const PUBLISHABLE_KEY_TITLE = "Jinxiu Storefront"

export function dataDirOf() {
  return path.resolve(process.env.JINXIU_DATA_DIR || path.join(ROOT, ".data"))
}

export async function assertPortsFree(ports) {
  for (const [name, port] of ports) {
    if (await portInUse(port)) {
      throw new StartupError(
        `Port ${port} (${name}) is already in use by another program.`,
        `Stop that program, or choose other ports with ${name === "backend" ? "PORT" : "STOREFRONT_PORT"}.`
      )
    }
  }
}

/** `turbo run build`: only what changed since the last build is rebuilt. */
export async function buildAll({ logFile, backendOnly = false }) {
  const filter = backendOnly ? ["--filter=@jinxiu/backend..."] : []
  try {
    await run(bin("turbo"), ["run", "build", "--output-logs=errors-only", ...filter], { cwd: ROOT, env: toolEnv(), logFile })
  } catch (e) {
    throw new StartupError(`The build failed. Last lines of ${logFile}:\n${e.tail}`)
  }
  linkUploads()
}

/**
 * The storefront's build alone (`next build` through turbo, the plugin already built). The
 * launcher runs it while the database is migrated and seeded: those wait on PostgreSQL as much as
 * on the CPU, so the two overlap well even on two cores.
 */
export async function buildStorefront({ logFile }) {
  try {
    await run(bin("turbo"), ["run", "build", "--output-logs=errors-only", "--filter=@jinxiu/storefront"], { cwd: ROOT, env: toolEnv(), logFile })
  } catch (e) {
    throw new StartupError(`The storefront's build failed. Last lines of ${logFile}:\n${e.tail}`)
  }
}

/** Medusa serves /static from its build folder; uploads live in the data folder. */
function linkUploads() {
  const uploads = path.join(dataDirOf(), "static")
  fs.mkdirSync(uploads, { recursive: true })
  const link = path.join(BACKEND_BUILD, "static")
  try {
    if (fs.readlinkSync(link) === uploads) return
    fs.rmSync(link, { force: true, recursive: true })
  } catch {
    fs.rmSync(link, { force: true, recursive: true })
  }
  fs.symlinkSync(uploads, link)
}

/**
 * A secret shared by the backend and the storefront: the environment's value, else one generated
 * once and kept in the data folder (mode 600), so restarts keep it and nothing is hard-coded.
 */
function sharedSecret(variable, fileName, dataDir) {
  const fromEnv = process.env[variable]?.trim()
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, fileName)
  try {
    const stored = fs.readFileSync(file, "utf8").trim()
    if (stored) return stored
  } catch {
    // not generated yet
  }
  const secret = crypto.randomBytes(32).toString("hex")
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/**
 * The secret the backend sends with its "catalog changed" calls to the storefront
 * (POST /api/revalidate): STOREFRONT_REVALIDATE_SECRET.
 */
export function storefrontRevalidateSecret(dataDir = dataDirOf()) {
  return sharedSecret("STOREFRONT_REVALIDATE_SECRET", "storefront-revalidate-secret", dataDir)
}

/**
 * The secret the storefront signs its visitors' addresses and device cookies with, so the
 * backend's login throttling believes them from the storefront only: STOREFRONT_CLIENT_SECRET.
 */
export function storefrontClientSecret(dataDir = dataDirOf()) {
  return sharedSecret("STOREFRONT_CLIENT_SECRET", "storefront-client-secret", dataDir)
}

/** What the schema depends on: Medusa's version and our plugin's migrations and links. */
function schemaFingerprint() {
  const hash = crypto.createHash("sha256")
  hash.update(JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/@medusajs/medusa/package.json"), "utf8")).version)
  hash.update(fs.readFileSync(path.join(BACKEND_BUILD, "medusa-config.js")))
  // Our migrations and links: the plugin's, and the backend's own modules (login throttle, …).
  const builtSources = [
    path.join(ROOT, "plugins", "workshop", ".medusa", "server", "src"),
    path.join(BACKEND_BUILD, "src"),
  ]
  for (const src of builtSources) {
    for (const file of walk(src).filter((f) => /[\\/](migrations|links)[\\/]/.test(f)).sort()) {
      hash.update(file.slice(src.length))
      hash.update(fs.readFileSync(file))
    }
  }
  return hash.digest("hex")
}

function walk(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]
  )
}

function stateFile() {
  return path.join(dataDirOf(), "launcher-state.json")
}

function readState() {
  try {
    return JSON.parse(fs.readFileSync(stateFile(), "utf8"))
  } catch {
    return {}
  }
}

function writeState(state) {
  fs.writeFileSync(stateFile(), JSON.stringify(state, null, 2))
}

/** Runs `medusa db:migrate` unless this database was already migrated with the same schema. */
export async function migrate({ databaseUrl, logFile }) {
  const key = safeUrl(databaseUrl)
  const fingerprint = schemaFingerprint()
  const state = readState()
  const migrated = await queryOnce(databaseUrl, "select to_regclass('public.workshop') is not null as ok")
  if (state.migrations?.[key] === fingerprint && migrated.rows[0].ok) {
    return false
  }
  try {
    await run(bin("medusa"), ["db:migrate"], {
      cwd: BACKEND_BUILD,
      env: toolEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "production" }),
      logFile,
    })
  } catch (e) {
    throw new StartupError(`Database migrations failed. Last lines of ${logFile}:\n${e.tail}`)
  }
  writeState({ ...readState(), migrations: { ...(readState().migrations || {}), [key]: fingerprint } })
  return true
}

/** The storefront's publishable key, or null when the database hasn't been seeded. */
export async function publishableKey(databaseUrl) {
  const { rows } = await queryOnce(
    databaseUrl,
    `select token from api_key
      where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
      order by created_at limit 1`,
    [PUBLISHABLE_KEY_TITLE]
  )
  return rows[0]?.token ?? null
}

/** The plugin's `medusa exec` script that rewrites every product's search document (idempotent). */
const REBUILD_SEARCH_SCRIPT = path.join(ROOT, "plugins", "workshop", ".medusa", "server", "src", "scripts", "rebuild-product-search.js")

/**
 * Rewrites the shop's search documents through `medusa exec` (idempotent): after migrations, which
 * may have created the search table or changed what a document holds. The seed does it too, and the
 * backend's subscribers keep the documents current afterwards.
 */
export async function rebuildSearch({ databaseUrl, logFile }) {
  try {
    await run(bin("medusa"), ["exec", REBUILD_SEARCH_SCRIPT], {
      cwd: BACKEND,
      env: toolEnv({ DATABASE_URL: databaseUrl }),
      logFile,
    })
  } catch (e) {
    throw new StartupError(`Rebuilding the product search failed. Last lines of ${logFile}:\n${e.tail}`)
  }
}

/** Loads the demo data through `medusa exec` (idempotent). */
export async function seed({ databaseUrl, logFile }) {
  try {
    await run(bin("medusa"), ["exec", path.join(ROOT, "seed", "src", "demo", "run.ts")], {
      cwd: BACKEND,
      env: toolEnv({ DATABASE_URL: databaseUrl }),
      logFile,
    })
  } catch (e) {
    throw new StartupError(`Loading the demo data failed. Last lines of ${logFile}:\n${e.tail}`)
  }
}

/**
 * The V8 heap ceiling of each server, in MB (JINXIU_BACKEND_HEAP_MB, JINXIU_STOREFRONT_HEAP_MB).
 * Node sizes its heap from the machine's memory and lets garbage pile up long before it collects;
 * a ceiling makes it collect sooner, which keeps each server's resident memory within the goals
 * (backend <= 600 MB, storefront <= 250 MB under load) at a small cost in collections. The
 * backend's ceiling leaves room above what a busy day needs; both are measured by bench:shop.
 */
export const HEAP_LIMITS_MB = { backend: 448, storefront: 144 }

function heapLimit(name) {
  const variable = name === "backend" ? "JINXIU_BACKEND_HEAP_MB" : "JINXIU_STOREFRONT_HEAP_MB"
  const raw = process.env[variable]?.trim()
  const value = raw ? Number(raw) : HEAP_LIMITS_MB[name]
  if (!Number.isInteger(value) || value < 64) throw new StartupError(`${variable} must be a whole number of MB, at least 64 (got "${raw}")`)
  return value
}

/**
 * NODE_OPTIONS with a heap ceiling added to what the environment already asks for; the storefront
 * also gets a small young generation (its requests make short-lived garbage, collected often).
 */
function nodeOptionsWithHeap(name) {
  const young = name === "storefront" ? "--max-semi-space-size=4" : ""
  return [process.env.NODE_OPTIONS, `--max-old-space-size=${heapLimit(name)}`, young].filter(Boolean).join(" ")
}

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per core) and keeps their
 * freed memory; libvips' threads (product photos resized by the storefront) and Node's own grow
 * resident memory by a hundred MB that way. Two arenas keep it flat (MALLOC_ARENA_MAX, unless set).
 */
const MALLOC_ARENAS = process.env.MALLOC_ARENA_MAX || "2"

/**
 * Starts the backend and waits for /health. With `supervise` ({ say, onGiveUp, restart, policy },
 * see supervisor.mjs) a backend that stops on its own later is restarted with a backoff, or
 * `onGiveUp` is called with the reason when it crashes too often. Returns the first child.
 */
export async function startBackend({ databaseUrl, port, logFile, extraEnv = {}, supervise = null }) {
  const spawnBackend = () =>
    startService("backend", bin("medusa"), ["start"], {
      cwd: BACKEND_BUILD,
      env: toolEnv({ DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", NODE_OPTIONS: nodeOptionsWithHeap("backend"), MALLOC_ARENA_MAX: MALLOC_ARENAS, ...extraEnv }),
      logFile,
    })
  const ready = (child) => waitForHttp(`http://127.0.0.1:${port}/health`, { child, timeoutMs: 180000 })
  const child = spawnBackend()
  if (!(await ready(child))) {
    throw new StartupError(`The backend did not start. Last lines of ${logFile}:\n${tailOf(logFile, 20)}`)
  }
  if (supervise) superviseService({ name: "backend", child, spawn: spawnBackend, ready, logFile, ...supervise })
  return child
}

/** Starts the storefront and waits for its home page; `supervise` as for the backend. */
export async function startStorefront({ port, backendUrl, publishableKey, logFile, extraEnv = {}, supervise = null }) {
  // "localhost", not 127.0.0.1: Next names its own origin after -H, while the proxy's URLs always
  // say "localhost" (NextURL renames 127.0.0.1); with 127.0.0.1 every proxy rewrite would be
  // treated as an external URL and proxied over HTTP.
  const spawnStorefront = () =>
    startService("storefront", process.execPath, [path.join(STOREFRONT, "server.mjs"), "-H", "localhost", "-p", String(port)], {
      cwd: STOREFRONT,
      env: toolEnv({
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        NODE_ENV: "production",
        NODE_OPTIONS: nodeOptionsWithHeap("storefront"),
        MALLOC_ARENA_MAX: MALLOC_ARENAS,
        ...extraEnv,
      }),
      logFile,
    })
  const ready = (child) => waitForHttp(`http://127.0.0.1:${port}/zh-CN`, { child, timeoutMs: 120000 })
  const child = spawnStorefront()
  if (!(await ready(child))) {
    throw new StartupError(`The storefront did not start. Last lines of ${logFile}:\n${tailOf(logFile, 20)}`)
  }
  if (supervise) superviseService({ name: "storefront", child, spawn: spawnStorefront, ready, logFile, ...supervise })
  return child
}
