#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL), build, migrate, seed when empty,
// backend on :9000 and storefront on :8000. Ctrl-C stops everything, PostgreSQL included.
// A backend or storefront that crashes is restarted (lib/supervisor.mjs); after too many crashes
// in a short time everything is stopped with the reason.
import fs from "node:fs"
import path from "node:path"
import { StartupError } from "./lib/embedded-postgres.mjs"
import { openDatabase, safeUrl } from "./lib/database.mjs"
import { adoptRegistry, clearRegistry, stopAll, stopAllNow } from "./lib/processes.mjs"
import {
  assertPortsFree,
  buildAll,
  buildStorefront,
  dataDirOf,
  migrate,
  publishableKey,
  rebuildSearch,
  seed,
  startBackend,
  startStorefront,
  storefrontClientSecret,
  storefrontRevalidateSecret,
} from "./lib/stack.mjs"
import { demoLogins } from "./lib/demo-logins.mjs"
import { writeRuntime } from "./lib/runtime.mjs"

const started = Date.now()
const backendPort = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
// Every child (migrations, seed, backend, storefront) sees the same settings.
process.env.MEDUSA_BACKEND_URL = backendUrl
process.env.JINXIU_DATA_DIR = dataDirOf()
process.env.STORE_CORS ||= `http://localhost:${storefrontPort},http://127.0.0.1:${storefrontPort}`
const say = (line) => console.log(`jinxiu: ${line}`)
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

let database = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await stopAll()
  if (database?.embedded) await database.embedded.stop()
  clearRegistry()
  say("stopped")
  process.exit(code)
}

// Crashed services: restarted with a backoff, unless JINXIU_RESTART_ON_CRASH=false (the e2e stack),
// and when the launcher gives up on one, everything stops with the reason and the log's place.
const supervise = {
  restart: process.env.JINXIU_RESTART_ON_CRASH !== "false",
  say,
  onGiveUp: (message) => {
    console.error(`jinxiu: ${message}`)
    shutdown(1)
  },
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("exit", () => {
  stopAllNow()
  database?.embedded?.stopNow()
})

async function main() {
  const dataDir = dataDirOf()
  try {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.accessSync(dataDir, fs.constants.W_OK)
  } catch (e) {
    throw new StartupError(
      `The data folder ${dataDir} can't be written (${e.code || e.message}).`,
      "Make it writable, or choose another folder with JINXIU_DATA_DIR."
    )
  }
  const logs = path.join(dataDir, "logs")
  fs.mkdirSync(logs, { recursive: true })
  const logFile = (name) => path.join(logs, `${name}.log`)
  for (const name of ["build", "build-storefront", "migrate", "search", "seed", "backend", "storefront"]) {
    fs.writeFileSync(logFile(name), "")
  }

  // The backend tells the storefront when catalog data changes (its cached pages are dropped).
  process.env.STOREFRONT_URL ||= `http://127.0.0.1:${storefrontPort}`
  // The shop's public address, for canonical URLs, the sitemap and robots.txt.
  process.env.SITE_URL ||= `http://localhost:${storefrontPort}`
  process.env.STOREFRONT_REVALIDATE_SECRET = storefrontRevalidateSecret(dataDir)
  // The storefront vouches for its visitors' addresses and devices to the backend's login throttling.
  process.env.STOREFRONT_CLIENT_SECRET = storefrontClientSecret(dataDir)

  const previous = await adoptRegistry(path.join(dataDir, "processes.json"))
  if (previous.alreadyRunning) {
    throw new StartupError(
      `Jinxiu is already running from this data folder (launcher pid ${previous.alreadyRunning}).`,
      "Stop it first (Ctrl-C in its terminal, or kill that pid)."
    )
  }
  if (previous.stoppedOrphans) say(`stopped ${previous.stoppedOrphans} process group(s) left by an earlier run that was killed`)

  await assertPortsFree([
    ["backend", backendPort],
    ["storefront", storefrontPort],
  ])

  database = await openDatabase({ dataDir, log: say })
  say(`database ready: ${database.embedded ? `embedded PostgreSQL on port ${database.embedded.port}` : safeUrl(database.url)} (${seconds()})`)

  // JINXIU_BACKEND_ONLY=1 (development): PostgreSQL and the backend only, for a storefront run
  // with `next dev` beside it.
  const backendOnly = process.env.JINXIU_BACKEND_ONLY === "1"
  // The plugin and the backend first; the storefront's build then runs while the database is
  // migrated and seeded and the backend starts (it needs none of them), and is awaited before
  // the storefront starts.
  await buildAll({ logFile: logFile("build"), backendOnly: true })
  say(`backend built (${seconds()})`)
  const storefrontBuilt = backendOnly ? null : buildStorefront({ logFile: logFile("build-storefront") })
  storefrontBuilt?.catch(() => {}) // its failure is reported where it is awaited

  const migrated = await migrate({ databaseUrl: database.url, logFile: logFile("migrate") })
  if (migrated) say(`database migrated (${seconds()})`)

  let key = await publishableKey(database.url)
  // New migrations may have made the search table or changed its documents: rewrite them (a
  // database about to be seeded gets them from the seed).
  if (migrated && key) {
    await rebuildSearch({ databaseUrl: database.url, logFile: logFile("search") })
    say(`product search rebuilt (${seconds()})`)
  }
  if (!key) {
    say("loading the demo data (first start only)…")
    await seed({ databaseUrl: database.url, logFile: logFile("seed") })
    key = await publishableKey(database.url)
    if (!key) throw new StartupError(`The demo data loaded without a publishable key; see ${logFile("seed")}.`)
    say(`demo data loaded (${seconds()})`)
  }

  await startBackend({ databaseUrl: database.url, port: backendPort, logFile: logFile("backend"), supervise })
  say(`backend answering on ${backendUrl} (${seconds()})`)
  if (backendOnly) {
    writeRuntime(dataDir, { backendUrl, storefrontUrl: null, publishableKey: key })
    console.log(`\n  Backend only: ${backendUrl} (admin ${backendUrl}/app), publishable key ${key}\n  Press Ctrl-C to stop.\n`)
    return
  }
  await storefrontBuilt
  say(`storefront built (${seconds()})`)
  await startStorefront({
    port: storefrontPort,
    backendUrl,
    publishableKey: key,
    logFile: logFile("storefront"),
    supervise,
  })
  say(`storefront answering (${seconds()})`)
  writeRuntime(dataDir, { backendUrl, storefrontUrl: `http://localhost:${storefrontPort}`, publishableKey: key })

  console.log(`
  金繡 Jinxiu is running (started in ${seconds()})

  Shop           http://localhost:${storefrontPort}            (zh-CN; /en for English)
  Admin          ${backendUrl}/app
  Store API      ${backendUrl}/store/workshops  (header x-publishable-api-key: ${key})

  Demo logins
${formatLogins(storefrontPort, backendUrl)}

  Logs in ${logs}
  Press Ctrl-C to stop everything.
`)
}

function formatLogins(shopPort, backend) {
  const logins = demoLogins()
  const width = Math.max(...logins.map((l) => l.login.length))
  return logins
    .map((l) => `    ${l.role.padEnd(12)} ${l.login.padEnd(width)}  ${l.password}   ${l.where(shopPort, backend)}`)
    .join("\n")
}

main().catch(async (e) => {
  // Already stopping (Ctrl-C, or a crashed service given up on): that path reports and exits.
  if (stopping) return
  stopping = true
  if (e instanceof StartupError) {
    console.error(`jinxiu: ${e.message}${e.hint ? `\n  ${e.hint}` : ""}`)
  } else {
    console.error(`jinxiu: could not start: ${e?.stack || e}`)
  }
  await stopAll(3000)
  if (database?.embedded) await database.embedded.stop()
  process.exit(1)
})
