import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

export type Column = { name: string; type: "text" | "integer" | "numeric" | "jsonb" | "timestamptz" | "boolean" }

/**
 * Inserts many rows in one statement (`insert … select from jsonb_to_recordset(?)`), the fast path for
 * batches of work entries and ledger entries. `onConflict` is appended as written, e.g.
 * `on conflict (dedupe_key) where deleted_at is null do nothing`. Returns the ids inserted.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: Column[],
  rows: Record<string, unknown>[],
  onConflict = ""
): Promise<string[]> {
  if (!rows.length) return []
  const names = columns.map((c) => `"${c.name}"`).join(", ")
  const shape = columns.map((c) => `"${c.name}" ${c.type}`).join(", ")
  const payload = rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, r[c.name] ?? null])))
  const result = await manager.execute(
    `insert into "${table}" (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as t(${shape}) ${onConflict} returning id`,
    [JSON.stringify(payload)]
  )
  return (result as { id: string }[]).map((r) => r.id)
}

/**
 * A list bound as ONE query parameter (knex would expand a JS array into several), written so
 * PostgreSQL can use an index: `where id = ${ANY_LIST}` with `jsonList(ids)`. The array is built
 * once (an InitPlan), and `= any(array)` is an index condition; `in (select …)` would become a
 * hash semi-join over a full scan of a large table.
 */
export function jsonList(values: string[]): string {
  return JSON.stringify(values)
}

export const ANY_LIST = "any(array(select jsonb_array_elements_text(?::jsonb)))"

/** The `raw_<column>` JSON Medusa keeps beside every bigNumber column. */
export function rawNumber(value: string): { value: string; precision: number } {
  return { value, precision: 20 }
}

/**
 * What one of a repository's inserts writes: the columns it names, and the columns it leaves to
 * their defaults or to later updates. Together they must be exactly the table's columns (a test
 * checks it), so a model that gains or loses a column fails the test until its repository says
 * what happens to it.
 */
export type InsertShape = { table: string; columns: string[]; untouched: string[] }
