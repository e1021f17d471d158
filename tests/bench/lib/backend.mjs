// The real Jinxiu backend for a benchmark: checks the build, runs the migrations and the admin
// user command, starts `medusa start` in its own process group and stops it again.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import http from "node:http"

export const ROOT = path.resolve(new URL("../../..", import.meta.url).pathname)
export const BACKEND_BUILD = path.join(ROOT, "backend", ".medusa", "server")
const PLUGIN = path.join(ROOT, "plugins", "workshop")
const PLUGIN_BUILD = path.join(PLUGIN, ".medusa", "server", "src")
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name)

/** Built files the benchmark goes through: the routes it calls and the module's migrations. */
const REQUIRED_BUILT = [
  "api/admin/periods/[period]/close/route.js",
  "api/admin/coordinators/route.js",
  "api/admin/artisans/route.js",
  "api/coordinator/work-entries/route.js",
  "api/coordinator/summary/route.js",
  "api/artisan/earnings/route.js",
  "api/artisan/earnings/[period]/route.js",
  "modules/workshop/reports/artisan-earnings.js",
  "modules/workshop/reports/month-summary.js",
  "modules/workshop/repositories/period/close-period.js",
  "providers/phone-auth/index.js",
]

function walk(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "__tests__" ? [] : walk(full)
    return [full]
  })
}

/** Why the build can't be used as it is, or null when it is up to date. */
export function buildProblem({ ignoreSources = false } = {}) {
  if (!fs.existsSync(path.join(BACKEND_BUILD, "medusa-config.js"))) return "backend/.medusa/server is missing"
  for (const rel of REQUIRED_BUILT) {
    if (!fs.existsSync(path.join(PLUGIN_BUILD, rel))) return `the built plugin lacks ${rel}`
  }
  const migrations = path.join(PLUGIN, "src", "modules", "workshop", "migrations")
  for (const file of fs.readdirSync(migrations).filter((f) => /^Migration.*\.ts$/.test(f))) {
    const built = path.join(PLUGIN_BUILD, "modules", "workshop", "migrations", file.replace(/\.ts$/, ".js"))
    if (!fs.existsSync(built)) return `the built plugin lacks the migration ${file}`
  }
  if (ignoreSources) return null
  const builtAt = fs.statSync(path.join(PLUGIN_BUILD, "api", "middlewares.js")).mtimeMs
  const newer = walk(path.join(PLUGIN, "src")).find((f) => /\.(ts|tsx)$/.test(f) && fs.statSync(f).mtimeMs > builtAt)
  if (newer) return `${path.relative(ROOT, newer)} changed after the last plugin build`
  return null
}

function copyTree(from, to) {
  fs.cpSync(from, to, { recursive: true, filter: (src) => path.basename(src) !== "static" || path.dirname(src) !== from })
}

/**
 * A private copy of the built backend and plugin, so that a rebuild by someone else in the same
 * working tree (which empties and refills `.medusa/server`) can't pull the code from under a
 * running benchmark. Every other package is reached through symlinks to the root node_modules.
 * Returns the folder to run `medusa` in and the copied plugin's `src`.
 */
export async function snapshotBuild(dir, { log = () => {}, attempts = 12 } = {}) {
  const stamp = () => fs.statSync(path.join(PLUGIN, ".medusa", "server")).mtimeMs + fs.statSync(BACKEND_BUILD).mtimeMs
  for (let attempt = 1; attempt <= attempts; attempt++) {
    fs.rmSync(dir, { recursive: true, force: true })
    let problem = buildProblem({ ignoreSources: true })
    if (!problem) {
      try {
        const before = stamp()
        const modules = path.join(dir, "node_modules")
        fs.mkdirSync(path.join(modules, "@jinxiu", "workshop"), { recursive: true })
        for (const entry of fs.readdirSync(path.join(ROOT, "node_modules"))) {
          if (entry === "@jinxiu") continue
          fs.symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry))
        }
        fs.copyFileSync(path.join(PLUGIN, "package.json"), path.join(modules, "@jinxiu", "workshop", "package.json"))
        copyTree(path.join(PLUGIN, ".medusa", "server"), path.join(modules, "@jinxiu", "workshop", ".medusa", "server"))
        copyTree(BACKEND_BUILD, path.join(dir, "server"))
        const pluginSrc = path.join(modules, "@jinxiu", "workshop", ".medusa", "server", "src")
        const complete = REQUIRED_BUILT.every((rel) => fs.existsSync(path.join(pluginSrc, rel)))
        if (complete && stamp() === before) return { server: path.join(dir, "server"), pluginSrc }
      } catch (e) {
        problem = `copying failed: ${e.code || e.message}`
      }
    }
    log(`The build is being rewritten (${problem || "it changed while being copied"}); trying again in 10 s`)
    await new Promise((r) => setTimeout(r, 10000))
  }
  throw new Error("Could not take a consistent copy of the built backend: something keeps rebuilding it")
}

/** Runs a command to completion, its output into `logFile`; rejects with the last lines. */
export function run(command, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    fs.writeSync(out, `\n$ ${command} ${args.join(" ")}  (cwd ${cwd})\n`)
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] })
    child.on("error", (e) => {
      fs.closeSync(out)
      reject(e)
    })
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) return resolve()
      const err = new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal || `exit ${code}`}). Last lines of ${logFile}:\n${tail(logFile, 25)}`)
      reject(err)
    })
  })
}

export function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

export function toolEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

/** `turbo run build` for the backend and what it depends on (the plugin); cached when unchanged. */
export async function buildBackend({ logFile }) {
  await run(bin("turbo"), ["run", "build", "--filter=@jinxiu/backend...", "--output-logs=errors-only"], {
    cwd: ROOT,
    env: toolEnv(),
    logFile,
  })
}

export async function migrate({ server, env, logFile }) {
  await run(bin("medusa"), ["db:migrate"], { cwd: server, env: toolEnv(env), logFile })
}

export async function createAdminUser({ server, env, logFile, email, password }) {
  await run(bin("medusa"), ["user", "-e", email, "-p", password], { cwd: server, env: toolEnv(env), logFile })
}

function getStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.setTimeout(2000, () => req.destroy())
    req.on("error", () => resolve(0))
  })
}

/** `medusa start` (with `args`, e.g. `--cluster 2`) in its own process group; resolves once GET /health answers 200. */
export async function startBackend({ server, env, port, logFile, timeoutMs = 180000, args = [] }) {
  const out = fs.openSync(logFile, "a")
  const child = spawn(bin("medusa"), ["start", ...args], {
    cwd: server,
    env: toolEnv({ ...env, PORT: String(port), NODE_ENV: "production" }),
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  let exited = null
  child.on("exit", (code, signal) => {
    exited = signal || `exit ${code}`
  })
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (exited) throw new Error(`The backend stopped while starting (${exited}). Last lines of ${logFile}:\n${tail(logFile, 25)}`)
    if ((await getStatus(`http://127.0.0.1:${port}/health`)) === 200) return child
    await new Promise((r) => setTimeout(r, 250))
  }
  stopBackend(child)
  throw new Error(`The backend did not answer /health within ${timeoutMs / 1000} s. Last lines of ${logFile}:\n${tail(logFile, 25)}`)
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the backend's process group, SIGKILL after 10 s. */
export async function stopBackend(child) {
  if (!child || !child.pid || !groupAlive(child.pid)) return
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const until = Date.now() + 10000
  while (Date.now() < until && groupAlive(child.pid)) await new Promise((r) => setTimeout(r, 100))
  if (groupAlive(child.pid)) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }
}

/** Synchronous last resort (exit handlers). */
export function stopBackendNow(child) {
  if (child?.pid && groupAlive(child.pid)) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }
}

/** Resident memory of a process and its children (kB), from /proc. */
export function groupRssKb(pid) {
  let total = 0
  for (const entry of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
      if (pgrp !== pid) continue
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"))
      if (rss) total += Number(rss[1])
    } catch {
      // process gone
    }
  }
  return total
}
