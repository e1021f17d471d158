// The database Jinxiu runs on: DATABASE_URL when given, otherwise the embedded PostgreSQL.
import fs from "node:fs"
import path from "node:path"
import crypto from "node:crypto"
import { createRequire } from "node:module"
import { EmbeddedPostgres, StartupError } from "./embedded-postgres.mjs"

const require = createRequire(import.meta.url)

export const DEFAULT_EMBEDDED_PORT = 54329
export const DEFAULT_DATABASE = "jinxiu"

/** The superuser password of the embedded cluster: generated once, kept in the data folder. */
function embeddedPassword(dataDir) {
  const file = path.join(dataDir, "postgres-password")
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim()
  const password = crypto.randomBytes(18).toString("base64url")
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 })
  return password
}

/** Connects once to prove the URL works; a clear one-line error when it doesn't. */
export async function checkDatabaseUrl(url) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (e) {
    const where = safeUrl(url)
    throw new StartupError(
      `Can't connect to the database at ${where}: ${e.message || e.code}.`,
      "Check DATABASE_URL (host, port, user, password, database), or unset it to use the embedded PostgreSQL."
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** A URL with its password hidden, for messages. */
export function safeUrl(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(an unparseable DATABASE_URL)"
  }
}

/**
 * Returns { url, embedded } where `embedded` is the running EmbeddedPostgres (or null when
 * DATABASE_URL was given).
 */
export async function openDatabase({ dataDir, log }) {
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: null }
  }
  const port = Number(process.env.JINXIU_PG_PORT || DEFAULT_EMBEDDED_PORT)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`JINXIU_PG_PORT must be a TCP port number, got "${process.env.JINXIU_PG_PORT}".`)
  }
  const embedded = new EmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    port,
    password: embeddedPassword(dataDir),
    fast: process.env.JINXIU_PG_FAST === "true",
    log,
  })
  await embedded.start()
  await embedded.createDatabase(DEFAULT_DATABASE)
  return { url: embedded.databaseUrl(DEFAULT_DATABASE), embedded }
}

/** One query on a short-lived connection. */
export async function queryOnce(url, sql, params = []) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end().catch(() => {})
  }
}
