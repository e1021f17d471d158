// A throwaway Redis server for reliability tests and benches: its own port and folder, nothing
// persisted. Plain ESM, so the benches (plain Node) share it with the tests.
import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort } from "../../../scripts/lib/embedded-postgres.mjs"

/** @typedef {{ port: number, url: string, logFile: string, stop: () => Promise<void> }} RedisServer */

const INSTALL_HINT =
  "redis-server is not installed; the Redis scaling test needs it. Install it with `apt-get install -y redis-server` (Debian/Ubuntu; .ci/run does this)."

function assertInstalled() {
  for (const tool of ["redis-server", "redis-cli"]) {
    const probe = spawnSync(tool, ["--version"], { encoding: "utf8" })
    if (probe.error || probe.status !== 0) throw new Error(`${tool} not found. ${INSTALL_HINT}`)
  }
}

/** Runs redis-cli against the server on `port`; returns its output. */
export function redisCli(port, args) {
  return execFileSync("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], {
    encoding: "utf8",
    timeout: 10_000,
    stdio: ["ignore", "pipe", "pipe"],
  })
}

/** A Redis server on a free port; `extraArgs` are added to its command line (e.g. a memory bound). */
/** @returns {Promise<RedisServer>} */
export async function startRedis(dir, extraArgs = []) {
  assertInstalled()
  const port = await freePort()
  const logFile = path.join(dir, "redis.log")
  const out = fs.openSync(logFile, "a")
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, ...extraArgs],
    { detached: true, stdio: ["ignore", out, out] }
  )
  fs.closeSync(out)
  let exited = false
  const gone = new Promise((resolve) =>
    child.once("exit", () => {
      exited = true
      resolve()
    })
  )
  const stop = async () => {
    if (exited) return
    child.kill("SIGTERM")
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))])
    if (!exited) child.kill("SIGKILL")
  }
  const until = Date.now() + 30_000
  for (;;) {
    if (exited) throw new Error(`redis-server exited at start:\n${fs.readFileSync(logFile, "utf8").slice(-2000)}`)
    try {
      if (redisCli(port, ["PING"]).trim() === "PONG") break
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await stop()
      throw new Error(`redis-server did not answer PING on port ${port} within 30s`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { port, url: `redis://127.0.0.1:${port}`, logFile, stop }
}
