import fs from "fs"
import path from "path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Container } from "./types"

/**
 * What "nothing was written" is checked against: every table the workshop plugin's migrations
 * create (read from the migrations themselves, so a new table is covered), the backend's own
 * modules' tables, and the logins our routes create (auth identities). A snapshot holds each
 * table's row count and a hash of all its rows, so an update shows as well as an insert.
 */

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const PLUGIN_ROOT = path.dirname(require.resolve("@jinxiu/workshop/package.json"))
const BACKEND_ROOT = path.resolve(__dirname, "../..")

const MIGRATION_DIRS = [
  path.join(PLUGIN_ROOT, ".medusa/server/src/modules/workshop/migrations"),
  path.join(PLUGIN_ROOT, "src/modules/workshop/migrations"),
  ...moduleMigrationDirs(path.join(BACKEND_ROOT, "src/modules")),
]

/** Tables outside our migrations that our routes write: the logins of coordinators and artisans. */
const LOGIN_TABLES = ["auth_identity", "provider_identity"]

function moduleMigrationDirs(modulesDir: string): string[] {
  if (!fs.existsSync(modulesDir)) return []
  return fs
    .readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(modulesDir, entry.name, "migrations"))
}

/** The table names `create table` statements in our migrations name. */
export function tablesOfOurMigrations(): string[] {
  const names = new Set<string>()
  for (const dir of MIGRATION_DIRS) {
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir)) {
      if (!/\.(js|ts)$/.test(file) || file.endsWith(".d.ts")) continue
      const text = fs.readFileSync(path.join(dir, file), "utf8")
      for (const m of text.matchAll(/create table (?:if not exists )?\\?"([a-z0-9_]+)\\?"/gi)) names.add(m[1])
    }
  }
  return [...names].sort()
}

export type DbSnapshot = Record<string, { rows: number; hash: string }>

const pg = (container: Container) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex

/** The tables to watch that exist in this database (our migrations' and the login tables). */
export async function watchedTables(container: Container): Promise<string[]> {
  const wanted = [...tablesOfOurMigrations(), ...LOGIN_TABLES]
  const { rows } = await pg(container).raw(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_name = any(?)",
    [wanted]
  )
  return rows.map((r) => String(r.table_name)).sort()
}

/** Row count and a hash of every row of each table. */
export async function snapshotTables(container: Container, tables: string[]): Promise<DbSnapshot> {
  const snapshot: DbSnapshot = {}
  for (const table of tables) {
    const { rows } = await pg(container).raw(
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as hash from "${table}" t`
    )
    snapshot[table] = { rows: Number(rows[0].rows), hash: String(rows[0].hash) }
  }
  return snapshot
}

/** The tables whose rows differ between two snapshots, with their counts before and after. */
export function changedTables(before: DbSnapshot, after: DbSnapshot): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table]?.hash !== after[table]?.hash || before[table]?.rows !== after[table]?.rows)
    .map((table) => `${table}: ${before[table]?.rows ?? "-"} rows -> ${after[table]?.rows ?? "-"} rows${before[table]?.rows === after[table]?.rows ? " (changed)" : ""}`)
}
