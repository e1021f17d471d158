// Vitest global setup for Medusa tests: one throwaway embedded PostgreSQL per test run (fsync
// off, in a temp folder), exposed to @medusajs/test-utils through DB_* variables. test-utils
// creates and drops its own databases in it.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { EmbeddedPostgres, freePort } from "../lib/embedded-postgres.mjs"

export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-test-pg-"))
  fs.chmodSync(dir, 0o755)
  const pg = new EmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    password: "jinxiu-test",
    fast: true,
  })
  await pg.start()
  // test-utils only leaves SSL off for the host name "localhost"
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(pg.port)
  process.env.DB_USERNAME = "postgres"
  process.env.DB_PASSWORD = "jinxiu-test"
  process.env.JINXIU_DATA_DIR = path.join(dir, "jinxiu-data")
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  return async () => {
    await pg.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
