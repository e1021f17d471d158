// Child processes of the launcher: each in its own process group, so that stopping Jinxiu stops
// every process it started (Medusa and Next.js both start children of their own).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import http from "node:http"

const running = new Set()
let registryFile = null
// Set once the launcher stops its children: from then on nothing is restarted (supervisor.mjs).
let stopping = false

/** True once `stopAll` or `stopAllNow` has been called. */
export function stoppingAll() {
  return stopping
}

/**
 * Remembers the launcher's child process groups in a file, so that a launcher killed with -9
 * doesn't leave the next start facing ports taken by its orphans.
 */
export async function adoptRegistry(file) {
  registryFile = file
  let previous = null
  try {
    previous = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    // no earlier run
  }
  if (previous && previous.launcher !== process.pid) {
    if (alive(previous.launcher)) {
      return { alreadyRunning: previous.launcher }
    }
    const orphans = (previous.groups || []).filter((pgid) => groupAliveById(pgid))
    for (const pgid of orphans) killGroupById(pgid, "SIGTERM")
    const until = Date.now() + 10000
    while (Date.now() < until && orphans.some(groupAliveById)) await new Promise((r) => setTimeout(r, 100))
    for (const pgid of orphans) if (groupAliveById(pgid)) killGroupById(pgid, "SIGKILL")
    if (orphans.length) return { stoppedOrphans: orphans.length }
  }
  saveRegistry()
  return {}
}

function saveRegistry() {
  if (!registryFile) return
  const groups = [...running].map((c) => c.pid)
  fs.writeFileSync(registryFile, JSON.stringify({ launcher: process.pid, groups }))
}

export function clearRegistry() {
  if (registryFile) fs.rmSync(registryFile, { force: true })
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/** Whether any process of the group `pgid` is still there. */
export function groupAliveById(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

function killGroupById(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {
    // gone
  }
}

/** Common environment for every tool we run: no telemetry, no prompts. */
export function toolEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DO_NOT_TRACK: "1",
    ...extra,
  }
}

/**
 * Runs a command to completion. Output goes to `logFile` (appended); on failure the last lines
 * are returned in the error so the caller can show them.
 */
export function run(command, args, { cwd, env, logFile, inherit = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, "a") : "ignore"
    const child = spawn(command, args, {
      cwd,
      env: env || toolEnv(),
      detached: true,
      stdio: inherit ? "inherit" : ["ignore", out, out],
    })
    running.add(child)
    saveRegistry()
    child.on("exit", (code, signal) => {
      running.delete(child)
      saveRegistry()
      if (typeof out === "number") fs.closeSync(out)
      if (code === 0) return resolve()
      const tail = logFile ? tailOf(logFile, 15) : ""
      const err = new Error(`${path.basename(command)} ${args.join(" ")} failed (${code ?? signal})`)
      err.tail = tail
      reject(err)
    })
    child.on("error", reject)
  })
}

/** Starts a long-running service in its own process group and returns the child. */
export function startService(name, command, args, { cwd, env, logFile }) {
  const out = fs.openSync(logFile, "a")
  const child = spawn(command, args, {
    cwd,
    env: env || toolEnv(),
    detached: true,
    stdio: ["ignore", out, out],
  })
  fs.closeSync(out)
  child.serviceName = name
  running.add(child)
  saveRegistry()
  child.on("exit", () => {
    running.delete(child)
    saveRegistry()
  })
  return child
}

export function tailOf(file, lines) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/** Stops every child process group, politely and then firmly. */
export async function stopAll(graceMs = 10000) {
  stopping = true
  const children = [...running]
  for (const child of children) signalGroup(child, "SIGTERM")
  const until = Date.now() + graceMs
  while (Date.now() < until && children.some((c) => groupAlive(c))) {
    await new Promise((r) => setTimeout(r, 100))
  }
  for (const child of children) {
    if (groupAlive(child)) signalGroup(child, "SIGKILL")
  }
}

export function stopAllNow() {
  stopping = true
  for (const child of running) signalGroup(child, "SIGKILL")
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // the group is gone
  }
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/** Polls an HTTP URL until it answers 2xx/3xx, or the child exits, or time runs out. */
export async function waitForHttp(url, { child, timeoutMs = 120000, headers = {} } = {}) {
  const until = Date.now() + timeoutMs
  let exited = false
  child?.once("exit", () => (exited = true))
  while (Date.now() < until) {
    if (exited) return false
    const ok = await new Promise((resolve) => {
      const req = http.get(url, { headers, timeout: 2000 }, (res) => {
        res.resume()
        resolve(res.statusCode < 400)
      })
      req.on("error", () => resolve(false))
      req.on("timeout", () => {
        req.destroy()
        resolve(false)
      })
    })
    if (ok) return true
    await new Promise((r) => setTimeout(r, 300))
  }
  return false
}
