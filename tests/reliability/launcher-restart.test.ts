// The launcher keeps its services up (scripts/lib/supervisor.mjs): a backend or storefront that
// stops on its own is restarted after a pause that doubles with each crash in a row, and after too
// many crashes in a short time the launcher stops everything, saying why and where the log is.
// Ctrl-C / SIGTERM of the launcher stops everything and restarts nothing.
//
// The rules are tested on their own with a made-up clock. The behaviour is tested with real
// processes: support/supervised-pair.mjs starts two small HTTP services (support/fake-service.mjs)
// and supervises them with the launcher's own functions, wired as scripts/start.mjs wires them
// (a full `npm start` builds, migrates and seeds for minutes, too slow for the suite). Nothing
// here asserts on time: the pauses are made short and the tests wait for what happens.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  crashMessage,
  describeDuration,
  describeExit,
  giveUpMessage,
  RESTART_POLICY,
  restartPolicy,
} from "../../scripts/lib/supervisor.mjs"

const PAIR = path.join(__dirname, "support", "supervised-pair.mjs")
const WAIT_MS = 30_000

describe("the restart rules (pure)", () => {
  it("by default: 1 s, 2 s, 4 s … doubling up to 30 s; 5 crashes within 5 minutes give up", () => {
    expect(RESTART_POLICY).toMatchObject({ firstDelayMs: 1000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 300_000 })
    const rules = restartPolicy()
    rules.up(0)
    const decisions = [10_000, 20_000, 40_000, 80_000, 120_000].map((at) => rules.crashed(at))
    expect(decisions.slice(0, 4)).toEqual([
      { restart: true, delayMs: 1000, crashes: 1 },
      { restart: true, delayMs: 2000, crashes: 2 },
      { restart: true, delayMs: 4000, crashes: 3 },
      { restart: true, delayMs: 8000, crashes: 4 },
    ])
    expect(decisions[4]).toEqual({ restart: false, crashes: 5 })
  })

  it("the pause is capped", () => {
    const rules = restartPolicy({ maxCrashes: 100 })
    const delays = Array.from({ length: 8 }, (_, i) => rules.crashed(i * 1000)).map((d) => d.delayMs)
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000])
  })

  it("after it has stayed up a while, the next crash starts again with the shortest pause", () => {
    const rules = restartPolicy({ maxCrashes: 100 })
    rules.up(0)
    rules.crashed(1000)
    rules.up(2000)
    expect(rules.crashed(3000)).toMatchObject({ delayMs: 2000 })
    rules.up(10_000)
    // up for exactly stableAfterMs: stable
    expect(rules.crashed(10_000 + RESTART_POLICY.stableAfterMs)).toMatchObject({ restart: true, delayMs: 1000 })
    // a restart that never answered is not "up": the streak goes on
    expect(rules.crashed(10_000 + RESTART_POLICY.stableAfterMs * 3)).toMatchObject({ delayMs: 2000 })
  })

  it("crashes spread over more than the window never give up", () => {
    const rules = restartPolicy()
    for (let i = 0; i < 50; i++) {
      rules.up(i * 100_000)
      expect(rules.crashed(i * 100_000 + 90_000).restart).toBe(true)
    }
  })

  it("a very long log line is cut in the message (JSON request logs run to kilobytes)", () => {
    const message = crashMessage({ name: "backend", code: 1, signal: null, delayMs: 1000, logFile: "/l", tail: "x".repeat(5000) })
    expect(message.split("\n")[1]).toBe(`    ${"x".repeat(300)}…`)
  })

  it("the lines say what stopped, how, when it restarts and where the log is", () => {
    expect(describeExit(1, null)).toBe("exit code 1")
    expect(describeExit(null, "SIGKILL")).toBe("signal SIGKILL")
    expect(describeDuration(50)).toBe("50 ms")
    expect(describeDuration(2000)).toBe("2 s")
    expect(describeDuration(300_000)).toBe("5 minutes")
    expect(crashMessage({ name: "backend", code: null, signal: "SIGKILL", delayMs: 4000, logFile: "/d/backend.log", tail: "a\nb" })).toBe(
      "the backend stopped unexpectedly (signal SIGKILL); restarting in 4 s — last lines of its log (/d/backend.log):\n    a\n    b"
    )
    expect(giveUpMessage({ name: "storefront", code: 1, signal: null, crashes: 5, windowMs: 300_000, restartsOff: false, logFile: "/d/sf.log", tail: "x" })).toBe(
      "the storefront stopped unexpectedly 5 times within 5 minutes (the last time: exit code 1); not restarting it again. Stopping everything. Its log is /d/sf.log; last lines:\n    x"
    )
    expect(giveUpMessage({ name: "backend", code: 137, signal: null, crashes: 1, windowMs: 300_000, restartsOff: true, logFile: "/d/b.log", tail: "" })).toMatch(
      /^the backend stopped unexpectedly \(exit code 137\) and restarting is off \(JINXIU_RESTART_ON_CRASH=false\)\. Stopping everything\. Its log is \/d\/b\.log/
    )
  })
})

// ---- real processes ----

type Health = { name: string; pid: number; helper: number }
type Pair = {
  dir: string
  child: ChildProcess
  ports: { backend: number; storefront: number }
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const pairs: Pair[] = []
/** The services' process groups (each service leads its own), for the cleanup. */
const seenGroups = new Set<number>()

afterEach(async () => {
  while (pairs.length) {
    const pair = pairs.pop()!
    if (pair.child.exitCode === null && pair.child.signalCode === null) {
      pair.child.kill("SIGTERM")
      await Promise.race([pair.exited, sleep(10_000)])
    }
    // whatever is left of its services (a test that failed half-way): every process group seen
    for (const name of ["backend", "storefront"] as const) {
      const health = await healthOf(pair.ports[name])
      if (health) seenGroups.add(health.pid)
    }
    for (const pgid of seenGroups) {
      try {
        process.kill(-pgid, "SIGKILL")
      } catch {
        // gone
      }
    }
    seenGroups.clear()
    fs.rmSync(pair.dir, { recursive: true, force: true })
  }
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Running (a zombie waiting for a parent that no longer reaps it is not running). */
function alive(pid: number) {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z"
  } catch {
    return false
  }
}

async function healthOf(port: number): Promise<Health | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })
    if (!res.ok) return null
    const health = (await res.json()) as Health
    seenGroups.add(health.pid)
    return health
  } catch {
    return null
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, pair?: Pair): Promise<T> {
  const until = Date.now() + WAIT_MS
  for (;;) {
    const value = await probe()
    if (value) return value as T
    if (Date.now() > until) throw new Error(`waited ${WAIT_MS / 1000} s for ${what}${pair ? `; launcher output:\n${pair.output()}` : ""}`)
    await sleep(50)
  }
}

/** Starts the miniature launcher; resolves once both services answer. */
async function startPair(options: { restart?: boolean; policy?: Record<string, number> }): Promise<Pair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-launcher-restart-"))
  const child = spawn(process.execPath, [PAIR, dir, JSON.stringify(options)], { stdio: ["ignore", "pipe", "pipe"] })
  let out = ""
  child.stdout!.on("data", (d) => (out += d))
  child.stderr!.on("data", (d) => (out += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  const pair: Pair = { dir, child, ports: { backend: 0, storefront: 0 }, output: () => out, exited }
  pairs.push(pair)
  const ready = await waitFor("the launcher's READY line", () => /READY (\{.*\})/.exec(out) || (child.exitCode !== null && "exited"), pair)
  if (ready === "exited") throw new Error(`the launcher exited at start:\n${out}`)
  pair.ports = JSON.parse((ready as RegExpExecArray)[1])
  return pair
}

// Short pauses, so the tests don't wait; a window and "stable" time no test can reach.
const FAST = { firstDelayMs: 20, maxDelayMs: 100, stableAfterMs: 3_600_000, windowMs: 3_600_000 }

describe("the launcher's supervision, with real processes", () => {
  it("a backend killed with -9 is restarted and answers again, with a line saying so; the storefront is untouched", async () => {
    const pair = await startPair({ policy: { ...FAST, maxCrashes: 5 } })
    const before = (await healthOf(pair.ports.backend))!
    const storefront = (await healthOf(pair.ports.storefront))!
    expect(before.pid).toBeGreaterThan(0)

    process.kill(before.pid, "SIGKILL")

    const after = await waitFor("the backend to answer again with a new process", async () => {
      const h = await healthOf(pair.ports.backend)
      return h && h.pid !== before.pid ? h : null
    }, pair)
    expect(after.pid).not.toBe(before.pid)
    // what the killed process had started went with it (its process group)
    await waitFor("the killed backend's helper process to be gone", () => !alive(before.helper), pair)
    await waitFor("the 'answering again' line", () => pair.output().includes("jinxiu: the backend is answering again"), pair)

    const logFile = path.join(pair.dir, "backend.log")
    expect(pair.output()).toContain(
      `jinxiu: the backend stopped unexpectedly (signal SIGKILL); restarting in 20 ms — last lines of its log (${logFile}):`
    )
    expect(pair.output()).toContain(`    fake backend listening on ${pair.ports.backend}`)
    expect(fs.readFileSync(logFile, "utf8")).toContain("----- jinxiu: restarting the backend after it stopped (signal SIGKILL) -----")
    expect(await healthOf(pair.ports.storefront)).toEqual(storefront)

    // and again: each crash is restarted (the second one after a longer pause)
    process.kill(after.pid, "SIGKILL")
    await waitFor("the backend to answer again after the second kill", async () => {
      const h = await healthOf(pair.ports.backend)
      return h && h.pid !== after.pid && h.pid !== before.pid
    }, pair)
    expect(pair.output()).toContain("jinxiu: the backend stopped unexpectedly (signal SIGKILL); restarting in 40 ms")
    expect(pair.child.exitCode).toBeNull()
  })

  it("the storefront is restarted the same way", async () => {
    const pair = await startPair({ policy: { ...FAST, maxCrashes: 5 } })
    const before = (await healthOf(pair.ports.storefront))!
    process.kill(before.pid, "SIGKILL")
    await waitFor("the storefront to answer again", async () => {
      const h = await healthOf(pair.ports.storefront)
      return h && h.pid !== before.pid
    }, pair)
    expect(pair.output()).toContain("jinxiu: the storefront stopped unexpectedly (signal SIGKILL); restarting in 20 ms")
  })

  it("a backend that keeps crashing is given up on: everything stops, with why and where its log is", async () => {
    const pair = await startPair({ policy: { ...FAST, maxCrashes: 3 } })
    const backend = (await healthOf(pair.ports.backend))!
    const storefront = (await healthOf(pair.ports.storefront))!
    // from now on it crashes as soon as it starts
    fs.writeFileSync(path.join(pair.dir, "backend.crash"), "")
    process.kill(backend.pid, "SIGKILL")

    const { code } = await waitFor("the launcher to give up and exit", () => pair.child.exitCode !== null && pair.exited, pair)
    const out = pair.output()
    expect(code, out).toBe(1)
    const logFile = path.join(pair.dir, "backend.log")
    expect(out).toContain("jinxiu: the backend stopped unexpectedly (signal SIGKILL); restarting in 20 ms")
    expect(out).toContain("jinxiu: the backend stopped unexpectedly (exit code 3); restarting in 40 ms")
    expect(out).toContain(
      `jinxiu: the backend stopped unexpectedly 3 times within 60 minutes (the last time: exit code 3); not restarting it again. Stopping everything. Its log is ${logFile}; last lines:`
    )
    expect(out).toContain("    fake backend crashing at start as asked")
    expect(out).toContain("jinxiu: stopped")
    // nothing restarted after giving up, and the storefront was stopped with it
    expect(out.match(/restarting in/g)).toHaveLength(2)
    for (const pid of [storefront.pid, storefront.helper, backend.helper]) {
      expect(alive(pid), `pid ${pid} still running`).toBe(false)
    }
    expect(await healthOf(pair.ports.storefront)).toBeNull()
    expect(await healthOf(pair.ports.backend)).toBeNull()
  })

  it("with restarting off (the e2e stack), the first crash stops everything with the reason", async () => {
    const pair = await startPair({ restart: false, policy: FAST })
    const storefront = (await healthOf(pair.ports.storefront))!
    const backend = (await healthOf(pair.ports.backend))!
    process.kill(storefront.pid, "SIGKILL")
    const { code } = await waitFor("the launcher to stop", () => pair.child.exitCode !== null && pair.exited, pair)
    expect(code, pair.output()).toBe(1)
    expect(pair.output()).toContain(
      "jinxiu: the storefront stopped unexpectedly (signal SIGKILL) and restarting is off (JINXIU_RESTART_ON_CRASH=false). Stopping everything."
    )
    expect(pair.output()).not.toContain("restarting in")
    expect(alive(backend.pid)).toBe(false)
    expect(alive(backend.helper)).toBe(false)
  })

  it("SIGTERM to the launcher stops both services and restarts nothing", async () => {
    const pair = await startPair({ policy: { ...FAST, maxCrashes: 5 } })
    const backend = (await healthOf(pair.ports.backend))!
    const storefront = (await healthOf(pair.ports.storefront))!
    pair.child.kill("SIGTERM")
    const { code } = await waitFor("the launcher to stop", () => pair.child.exitCode !== null && pair.exited, pair)
    expect(code, pair.output()).toBe(0)
    expect(pair.output()).toContain("jinxiu: stopped")
    expect(pair.output()).not.toMatch(/unexpectedly|restarting|answering again/)
    for (const pid of [backend.pid, backend.helper, storefront.pid, storefront.helper]) {
      expect(alive(pid), `pid ${pid} still running`).toBe(false)
    }
    expect(await healthOf(pair.ports.backend)).toBeNull()
    expect(await healthOf(pair.ports.storefront)).toBeNull()
  })
})
