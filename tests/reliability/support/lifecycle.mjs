// What the reliability tests that start their own services share: undoing what they started (in
// reverse order, every step tried), waiting for something to become true, and the shop's frame
// made with the seed's own code. Plain ESM, like support/backend.mjs.
import fs from "node:fs"
import path from "node:path"
import { run, toolEnv } from "../../../scripts/lib/processes.mjs"
import { BACKEND, ROOT } from "../../../scripts/lib/stack.mjs"

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")

/**
 * Runs the cleanups last first; every one is tried, and the first failure is thrown at the end.
 * @param {(() => unknown)[]} cleanups
 */
export async function runCleanups(cleanups) {
  const failures = []
  while (cleanups.length) {
    try {
      await cleanups.pop()()
    } catch (e) {
      failures.push(e)
    }
  }
  if (failures.length) throw failures[0]
}

/**
 * Runs `setUp` once before a file's tests (within `timeoutMs`). A failure (a tool not installed,
 * no build, a server that doesn't start) is kept, and `ready()`, called first in each test, fails
 * every test with its message: none is left skipped.
 * @param {(fn: () => Promise<void>, timeoutMs: number) => void} beforeAll vitest's
 * @param {() => Promise<void>} setUp
 * @param {number} [timeoutMs]
 * @returns {() => void} ready
 */
export function setUpOnce(beforeAll, setUp, timeoutMs = 600_000) {
  let failure = null
  beforeAll(async () => {
    try {
      await setUp()
    } catch (e) {
      failure = e ?? new Error("set-up failed")
    }
  }, timeoutMs)
  return () => {
    if (failure) throw failure
  }
}

/**
 * Asks `probe` every `stepMs` until it answers something other than undefined; fails after
 * `timeoutMs` naming `what`.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined> | T | undefined} probe
 * @param {number} timeoutMs
 * @param {number} [stepMs]
 * @returns {Promise<T>}
 */
export async function poll(what, probe, timeoutMs, stepMs = 250) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, stepMs))
  }
}

/**
 * The shop's frame (regions in CNY and USD, tax regions, stock location, shipping, the sales
 * channel and its publishable key) made by `medusa exec support/redis-mode-shop.ts` with the
 * seed's code, from the backend's sources, on the database in `env.DATABASE_URL`.
 * @param {{ dir: string, env: Record<string, string>, logFile: string }} options
 * @returns {Promise<{ salesChannelId: string, shippingProfileId: string, regions: { china: string, international: string }, publishableKey: string }>}
 */
export async function setUpShopFrame({ dir, env, logFile }) {
  const shopFile = path.join(dir, "shop.json")
  const shopScript = path.join(ROOT, "tests", "reliability", "support", "redis-mode-shop.ts")
  const options = { cwd: BACKEND, env: toolEnv({ ...env, NODE_ENV: "development", REDIS_MODE_SHOP_OUT: shopFile }), logFile, inherit: false }
  await run(medusaBin, ["exec", shopScript], options).catch((e) => {
    throw new Error(`medusa exec ${path.basename(shopScript)} failed:\n${e.tail}`)
  })
  return JSON.parse(fs.readFileSync(shopFile, "utf8"))
}
