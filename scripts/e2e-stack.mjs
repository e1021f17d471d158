#!/usr/bin/env node
// The stack the end-to-end tests run against: the same launcher as `npm start`, on its own
// ports, with a fresh data folder (a new embedded PostgreSQL, freshly migrated and seeded).
import fs from "node:fs"
import { e2eSettings } from "./lib/e2e-settings.mjs"

const settings = e2eSettings()
fs.rmSync(settings.dataDir, { recursive: true, force: true })
fs.mkdirSync(settings.dataDir, { recursive: true, mode: 0o755 })
Object.assign(process.env, {
  JINXIU_DATA_DIR: settings.dataDir,
  PORT: String(settings.backendPort),
  STOREFRONT_PORT: String(settings.storefrontPort),
  JINXIU_PG_PORT: String(settings.postgresPort),
  JINXIU_PG_FAST: "true",
  MEDUSA_BACKEND_URL: settings.backendUrl,
})
delete process.env.DATABASE_URL
await import("./start.mjs")
