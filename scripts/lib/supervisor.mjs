// Keeps the launcher's services up: a service that stops on its own (a crash, an out-of-memory
// kill, kill -9) is started again after a pause that doubles with each crash in a row (1 s, 2 s,
// 4 s … at most 30 s, back to 1 s once it has stayed up a minute). After too many crashes in a
// short time (5 within 5 minutes) it is not started again: the launcher is told to give up, and
// stops everything with the reason and where the log is.
//
// `restartPolicy` is pure (the caller passes the time); `superviseService` does the waiting,
// restarting and telling.
import fs from "node:fs"
import { stoppingAll, tailOf } from "./processes.mjs"

export const RESTART_POLICY = Object.freeze({
  /** pause before the first restart of a streak; doubled for each further crash in a row */
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  /** a crash after the service has been up this long starts a new streak (pause back to the first) */
  stableAfterMs: 60_000,
  /** this many crashes within `windowMs` and the service is not restarted again */
  maxCrashes: 5,
  windowMs: 5 * 60_000,
})

const TAIL_LINES = 12

/**
 * What to do when the service crashes. `up(at)` when it answers (started, or restarted);
 * `crashed(at)` when it stopped on its own: `{ restart: true, delayMs, crashes }`, or
 * `{ restart: false, crashes }` when that makes `maxCrashes` within `windowMs`.
 * `crashes` is the number of crashes within the window, this one included.
 */
export function restartPolicy(options = {}) {
  const { firstDelayMs, maxDelayMs, stableAfterMs, maxCrashes, windowMs } = { ...RESTART_POLICY, ...options }
  let upSince = null
  let streak = 0
  let recent = []
  return {
    up(at) {
      upSince = at
    },
    crashed(at) {
      if (upSince !== null && at - upSince >= stableAfterMs) streak = 0
      upSince = null
      streak += 1
      recent = recent.filter((t) => at - t < windowMs)
      recent.push(at)
      if (recent.length >= maxCrashes) return { restart: false, crashes: recent.length }
      return { restart: true, delayMs: Math.min(firstDelayMs * 2 ** (streak - 1), maxDelayMs), crashes: recent.length }
    },
  }
}

/** "exit code 1", "signal SIGKILL". */
export function describeExit(code, signal) {
  return signal ? `signal ${signal}` : `exit code ${code}`
}

/** "1 s", "2.5 s", "300 ms", "5 minutes". */
export function describeDuration(ms) {
  if (ms < 1000) return `${ms} ms`
  if (ms < 120_000) return `${Number((ms / 1000).toFixed(1))} s`
  return `${Number((ms / 60_000).toFixed(1))} minutes`
}

const MAX_LINE = 300

function indentedTail(tail) {
  if (!tail) return "    (the log is empty)"
  return tail
    .split("\n")
    .map((line) => `    ${line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line}`)
    .join("\n")
}

/** The line the launcher prints when it restarts a crashed service. */
export function crashMessage({ name, code, signal, delayMs, logFile, tail }) {
  return (
    `the ${name} stopped unexpectedly (${describeExit(code, signal)}); restarting in ${describeDuration(delayMs)}` +
    ` — last lines of its log (${logFile}):\n${indentedTail(tail)}`
  )
}

/** The message the launcher stops everything with when it won't restart a crashed service. */
export function giveUpMessage({ name, code, signal, crashes, windowMs, restartsOff, logFile, tail }) {
  const why = restartsOff
    ? `the ${name} stopped unexpectedly (${describeExit(code, signal)}) and restarting is off (JINXIU_RESTART_ON_CRASH=false)`
    : `the ${name} stopped unexpectedly ${crashes} times within ${describeDuration(windowMs)} (the last time: ${describeExit(code, signal)}); not restarting it again`
  return `${why}. Stopping everything. Its log is ${logFile}; last lines:\n${indentedTail(tail)}`
}

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL")
  } catch {
    // the group is gone
  }
}

const running = (child) => child.exitCode === null && child.signalCode === null

/**
 * Watches a started, answering service and restarts it when it stops on its own.
 *
 * - `child`: the running service (its own process group, from `startService`)
 * - `spawn()`: starts it again, returns the new child
 * - `ready(child)`: resolves true once it answers (false if it exited or never answered)
 * - `say(line)`: progress lines; `onGiveUp(message)`: called once when it won't be restarted
 *   (the caller stops everything)
 * - `restart`: false to give up at the first crash
 *
 * Nothing is restarted once the launcher stops its children (`stopAll`), or after `stop()`.
 * Returns `{ stop(), child }` (`child` is the current one).
 */
export function superviseService({ name, child, spawn, ready, logFile, say, onGiveUp, restart = true, policy = {}, now = Date.now }) {
  const rules = restartPolicy(policy)
  const windowMs = { ...RESTART_POLICY, ...policy }.windowMs
  let current = child
  let stopped = false
  let timer = null
  const stopping = () => stopped || stoppingAll()

  rules.up(now())
  watch(current)

  function watch(c) {
    c.once("exit", (code, signal) => crashed(c, code, signal))
  }

  function crashed(c, code, signal) {
    if (c !== current || stopping()) return
    // Whatever the crashed process started (its process group) goes with it, so nothing keeps
    // the port.
    killGroup(c)
    const tail = tailOf(logFile, TAIL_LINES)
    const decision = restart ? rules.crashed(now()) : { restart: false, crashes: 1 }
    if (!decision.restart) {
      stopped = true
      onGiveUp(giveUpMessage({ name, code, signal, crashes: decision.crashes, windowMs, restartsOff: !restart, logFile, tail }))
      return
    }
    say(crashMessage({ name, code, signal, delayMs: decision.delayMs, logFile, tail }))
    timer = setTimeout(() => again(code, signal), decision.delayMs)
  }

  async function again(code, signal) {
    timer = null
    if (stopping()) return
    try {
      fs.appendFileSync(logFile, `\n----- jinxiu: restarting the ${name} after it stopped (${describeExit(code, signal)}) -----\n`)
    } catch {
      // the log is only for people
    }
    const c = spawn()
    current = c
    watch(c)
    const ok = await ready(c)
    if (c !== current || stopping()) return
    if (ok) {
      rules.up(now())
      say(`the ${name} is answering again`)
    } else if (running(c)) {
      // Up but not answering: treat it as a crash (its exit brings the next decision).
      say(`the ${name} did not answer after its restart; stopping it`)
      killGroup(c)
    }
  }

  return {
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
    },
    get child() {
      return current
    },
  }
}
