#!/usr/bin/env node
// The stack the end-to-end tests run against: the same launcher as `npm start`, on its own
// ports, with a fresh data folder (a new embedded PostgreSQL, freshly migrated and seeded).
import fs from "node:fs"
import net from "node:net"
import { e2eSettings } from "./lib/e2e-settings.mjs"

const settings = e2eSettings()

// This script starts a fresh stack in a throwaway folder of its own and deletes that folder first.
// It never touches a folder it was pointed at (E2E_DATA_DIR names a running stack to reuse), and
// it stops before deleting anything when one of its ports is already taken.
if (process.env.E2E_DATA_DIR) {
  console.error("e2e-stack: E2E_DATA_DIR is set (a running stack to reuse); refusing to start a fresh stack over it.")
  process.exit(1)
}
for (const port of [settings.backendPort, settings.storefrontPort, settings.postgresPort]) {
  if (await portTaken(port)) {
    console.error(`e2e-stack: port ${port} is already in use; stop what runs there or choose other E2E_* ports.`)
    process.exit(1)
  }
}

function portTaken(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

fs.rmSync(settings.dataDir, { recursive: true, force: true })
fs.mkdirSync(settings.dataDir, { recursive: true, mode: 0o755 })
Object.assign(process.env, {
  JINXIU_DATA_DIR: settings.dataDir,
  PORT: String(settings.backendPort),
  STOREFRONT_PORT: String(settings.storefrontPort),
  JINXIU_PG_PORT: String(settings.postgresPort),
  JINXIU_PG_FAST: "true",
  MEDUSA_BACKEND_URL: settings.backendUrl,
  // A crash during the journeys is a bug to see, not to paper over: the launcher stops the stack
  // at the first crash with the reason and the log's last lines (Playwright shows its output),
  // instead of restarting it and letting the journeys after it pass.
  JINXIU_RESTART_ON_CRASH: process.env.JINXIU_RESTART_ON_CRASH || "false",
})
delete process.env.DATABASE_URL
await import("./start.mjs")
