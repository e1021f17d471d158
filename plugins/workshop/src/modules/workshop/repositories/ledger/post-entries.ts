import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { insertRows, rawNumber, type Column } from "../../lib/sql"

export type LedgerKind = "piecework" | "sale_share" | "bonus" | "deduction" | "reversal"
export type LedgerSource = "work_entry" | "order_line_item" | "adjustment" | "ledger_entry"

export type NewLedgerEntry = {
  artisan_id: string
  workshop_id: string
  period: string
  kind: LedgerKind
  /** signed, CNY major units with two decimals */
  amount: string
  source_type: LedgerSource
  source_id: string
  reverses_id?: string | null
  /** unique: the same source can never post twice */
  dedupe_key: string
  reason?: string | null
  created_by: string
  metadata?: Record<string, unknown> | null
}

export const LEDGER_ENTRY_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "workshop_id", type: "text" },
  { name: "period", type: "text" },
  { name: "kind", type: "text" },
  { name: "amount", type: "numeric" },
  { name: "raw_amount", type: "jsonb" },
  { name: "currency_code", type: "text" },
  { name: "source_type", type: "text" },
  { name: "source_id", type: "text" },
  { name: "reverses_id", type: "text" },
  { name: "dedupe_key", type: "text" },
  { name: "reason", type: "text" },
  { name: "created_by", type: "text" },
  { name: "metadata", type: "jsonb" },
]

/** Orders entries by artisan, then period (plain code-unit order, the same in every process). */
function byArtisanAndPeriod(a: NewLedgerEntry, b: NewLedgerEntry): number {
  if (a.artisan_id !== b.artisan_id) return a.artisan_id < b.artisan_id ? -1 : 1
  if (a.period !== b.period) return a.period < b.period ? -1 : 1
  return 0
}

/**
 * Appends entries to the ledger. An entry whose dedupe_key already exists is skipped (not an
 * error): a redelivered event or a retried request changes nothing. Returns the ids written.
 *
 * The rows go in ordered by (artisan, period): the insert trigger adds each row to its
 * `artisan_month_total` row, so two transactions posting for the same women lock those rows in
 * the same order. In any other order two concurrent batches of one workshop deadlock, and
 * PostgreSQL aborts one of them (the coordinator got a 500).
 */
export async function appendLedgerEntries(manager: EntityManager, unordered: NewLedgerEntry[]): Promise<string[]> {
  const entries = [...unordered].sort(byArtisanAndPeriod)
  const ids = entityIds("ledg", entries.length)
  const rows = entries.map((e, i) => ({
    ...e,
    id: ids[i],
    raw_amount: rawNumber(e.amount),
    currency_code: "cny",
    reverses_id: e.reverses_id ?? null,
    reason: e.reason ?? null,
    metadata: e.metadata ?? null,
  }))
  return insertRows(manager, "ledger_entry", LEDGER_ENTRY_COLUMNS, rows, "on conflict (dedupe_key) where deleted_at is null do nothing")
}
