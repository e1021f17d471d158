import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { insertRows, rawNumber, type Column } from "../../lib/sql"
import { roundMoney, type Money, type PayoutMethod } from "../../../../domain"

export const ADVANCE_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "workshop_id", type: "text" },
  { name: "method", type: "text" },
  { name: "amount", type: "numeric" },
  { name: "raw_amount", type: "jsonb" },
  { name: "currency_code", type: "text" },
  { name: "reference", type: "text" },
  { name: "paid_on", type: "text" },
  { name: "reason", type: "text" },
  { name: "recorded_by", type: "text" },
  { name: "dedupe_key", type: "text" },
  { name: "request_hash", type: "text" },
]

export type AdvanceRow = {
  id: string
  artisan_id: string
  workshop_id: string
  method: PayoutMethod
  amount: Money
  reference: string | null
  paid_on: string
  reason: string
  recorded_by: string
  request_hash: string | null
  created_at: Date
}

export const ADVANCE_SELECT = `v.id, v.artisan_id, v.workshop_id, v.method, v.amount::numeric(14,2)::text as amount, v.reference, v.paid_on,
  v.reason, v.recorded_by, v.request_hash, v.created_at`

export type RecordAdvanceInput = {
  artisan_id: string
  method: PayoutMethod
  /** positive, at most two decimals */
  amount: Money
  reference: string | null
  /** YYYY-MM-DD */
  paid_on: string
  reason: string
  actor_id: string
  /** the request's Idempotency-Key: the same key records once */
  idempotency_key: string
  /** what was asked: the same key with another request is a conflict */
  request_hash: string
}

export type RecordAdvanceResult =
  | { status: "recorded" | "replayed"; advance: AdvanceRow }
  | { status: "artisan_not_found" }
  | { status: "conflict"; advance_id: string }

async function advanceByKey(manager: EntityManager, dedupeKey: string): Promise<AdvanceRow | undefined> {
  const [row] = (await manager.execute(`select ${ADVANCE_SELECT} from artisan_advance v where v.dedupe_key = ? and v.deleted_at is null`, [
    dedupeKey,
  ])) as AdvanceRow[]
  return row
}

function replay(existing: AdvanceRow, requestHash: string): RecordAdvanceResult {
  return existing.request_hash === requestHash ? { status: "replayed", advance: existing } : { status: "conflict", advance_id: existing.id }
}

/**
 * Records an advance paid to her, exactly once per idempotency key (a retried request answers
 * with what was recorded; the same key with another request is a conflict). Her next statements
 * recover it as they are frozen (see period/settle-month).
 */
export async function recordAdvance(manager: EntityManager, input: RecordAdvanceInput): Promise<RecordAdvanceResult> {
  const dedupeKey = `advance:${input.idempotency_key}`
  const earlier = await advanceByKey(manager, dedupeKey)
  if (earlier) return replay(earlier, input.request_hash)
  const [artisan] = (await manager.execute(`select id, workshop_id from artisan where id = ? and deleted_at is null`, [input.artisan_id])) as {
    id: string
    workshop_id: string
  }[]
  if (!artisan) return { status: "artisan_not_found" }
  const [id] = entityIds("adv", 1)
  const written = await insertRows(
    manager,
    "artisan_advance",
    ADVANCE_COLUMNS,
    [
      {
        id,
        artisan_id: artisan.id,
        workshop_id: artisan.workshop_id,
        method: input.method,
        amount: roundMoney(input.amount),
        raw_amount: rawNumber(roundMoney(input.amount)),
        currency_code: "cny",
        reference: input.reference,
        paid_on: input.paid_on,
        reason: input.reason,
        recorded_by: input.actor_id,
        dedupe_key: dedupeKey,
        request_hash: input.request_hash,
      },
    ],
    "on conflict do nothing"
  )
  const row = await advanceByKey(manager, dedupeKey)
  if (!written.length) return replay(row!, input.request_hash)
  return { status: "recorded", advance: row! }
}
