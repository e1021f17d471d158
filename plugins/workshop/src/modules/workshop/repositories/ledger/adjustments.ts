import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { appendLedgerEntries } from "./post-entries"
import { lockPeriodsForWriting } from "../period/period-locks"
import { fromFen, toFen } from "../../../../domain"

export type AdjustmentInput = {
  artisan_id: string
  kind: "bonus" | "deduction"
  /** positive; a deduction is stored negative */
  amount: string
  reason: string
  period: string
  actor_id: string
  /** makes a retried request (double click) post once */
  idempotency_key: string
}

export type AdjustmentResult =
  | { status: "posted" | "replayed"; ledger_entry_id: string }
  | { status: "artisan_not_found" }
  | { status: "period_closed"; period: string }

/** A bonus or deduction with its reason, into an open month. */
export async function postAdjustment(manager: EntityManager, input: AdjustmentInput): Promise<AdjustmentResult> {
  const [artisan] = (await manager.execute(`select id, workshop_id from artisan where id = ? and deleted_at is null`, [
    input.artisan_id,
  ])) as { id: string; workshop_id: string }[]
  if (!artisan) return { status: "artisan_not_found" }
  const dedupeKey = `adjustment:${input.idempotency_key}`
  const [existing] = (await manager.execute(`select id from ledger_entry where dedupe_key = ?`, [dedupeKey])) as { id: string }[]
  if (existing) return { status: "replayed", ledger_entry_id: existing.id }
  const periods = await lockPeriodsForWriting(manager, [input.period])
  if (periods.get(input.period) !== "open") return { status: "period_closed", period: input.period }
  const fen = toFen(input.amount)
  const [id] = await appendLedgerEntries(manager, [
    {
      artisan_id: artisan.id,
      workshop_id: artisan.workshop_id,
      period: input.period,
      kind: input.kind,
      amount: fromFen(input.kind === "deduction" ? -fen : fen),
      source_type: "adjustment",
      source_id: input.idempotency_key,
      dedupe_key: dedupeKey,
      reason: input.reason,
      created_by: input.actor_id,
    },
  ])
  if (!id) {
    const [raced] = (await manager.execute(`select id from ledger_entry where dedupe_key = ?`, [dedupeKey])) as { id: string }[]
    return { status: "replayed", ledger_entry_id: raced.id }
  }
  return { status: "posted", ledger_entry_id: id }
}
