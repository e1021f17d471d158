import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ANY_LIST, jsonList } from "../lib/sql"

/**
 * For reversed work entries: the month each one's correction landed in (its own month while that
 * was open, otherwise the month it was reversed in). Found through the ledger's dedupe keys, both
 * uniquely indexed: `work_entry:<entry>` for the entry's line, `reversal:<line>` for its correction.
 */
export async function correctionMonths(manager: EntityManager, workEntryIds: string[]): Promise<Map<string, string>> {
  if (!workEntryIds.length) return new Map()
  const rows = (await manager.execute(
    `select o.source_id as work_entry_id, r.period
       from ledger_entry o
       join ledger_entry r on r.dedupe_key = 'reversal:' || o.id and r.deleted_at is null
      where o.dedupe_key = ${ANY_LIST} and o.deleted_at is null`,
    [jsonList(workEntryIds.map((id) => `work_entry:${id}`))]
  )) as { work_entry_id: string; period: string }[]
  return new Map(rows.map((r) => [r.work_entry_id, r.period]))
}
