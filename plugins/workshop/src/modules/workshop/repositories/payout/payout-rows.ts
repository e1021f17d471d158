import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { insertRows, rawNumber, type Column } from "../../lib/sql"
import { owedOn, payState, type Money, type PayoutMethod, type StatementPay } from "../../../../domain"

export type { StatementPay }

export type PayoutKind = "sent" | "failed"

export type NewPayoutRow = {
  /** given when the caller needs to know it before the insert (a batch pointing failures at payouts) */
  id?: string
  kind: PayoutKind
  statement_id: string
  artisan_id: string
  workshop_id: string
  period: string
  method: PayoutMethod
  /** positive, CNY major units with two decimals */
  amount: Money
  reference: string | null
  paid_on: string
  recorded_by: string
  fails_id?: string | null
  reason?: string | null
  /** unique: `payout:<idempotency key>`, `payout_failed:<payout id>` */
  dedupe_key: string
  request_hash?: string | null
}

export const PAYOUT_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "kind", type: "text" },
  { name: "statement_id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "workshop_id", type: "text" },
  { name: "period", type: "text" },
  { name: "method", type: "text" },
  { name: "amount", type: "numeric" },
  { name: "raw_amount", type: "jsonb" },
  { name: "currency_code", type: "text" },
  { name: "reference", type: "text" },
  { name: "paid_on", type: "text" },
  { name: "recorded_by", type: "text" },
  { name: "fails_id", type: "text" },
  { name: "reason", type: "text" },
  { name: "dedupe_key", type: "text" },
  { name: "request_hash", type: "text" },
]

/**
 * Appends payout facts. A row whose dedupe_key (or, for a failure, whose payout) is already there
 * is skipped, not an error: a retried request changes nothing. Returns the ids written.
 */
export async function appendPayouts(manager: EntityManager, payouts: NewPayoutRow[]): Promise<string[]> {
  const ids = entityIds("pout", payouts.length)
  const rows = payouts.map((p, i) => ({
    ...p,
    id: p.id ?? ids[i],
    raw_amount: rawNumber(p.amount),
    currency_code: "cny",
    fails_id: p.fails_id ?? null,
    reason: p.reason ?? null,
    request_hash: p.request_hash ?? null,
  }))
  return insertRows(manager, "payout", PAYOUT_COLUMNS, rows, "on conflict do nothing")
}

/** A payout as the routes answer it. */
export type PayoutRow = {
  id: string
  kind: PayoutKind
  statement_id: string
  artisan_id: string
  workshop_id: string
  period: string
  method: PayoutMethod
  amount: Money
  reference: string | null
  paid_on: string
  recorded_by: string
  fails_id: string | null
  reason: string | null
  request_hash: string | null
  created_at: Date
}

export const PAYOUT_SELECT = `p.id, p.kind, p.statement_id, p.artisan_id, p.workshop_id, p.period, p.method,
  p.amount::numeric(14,2)::text as amount, p.reference, p.paid_on, p.recorded_by, p.fails_id, p.reason, p.request_hash, p.created_at`

/**
 * SQL for the sum of a statement's payouts that count: sent, and not failed since, as text with
 * two decimals. `statementIdExpression` names the statement (`s.id`).
 */
export const effectivePaidOf = (statementIdExpression: string) =>
  `coalesce((select sum(p.amount) from payout p
     where p.statement_id = ${statementIdExpression} and p.kind = 'sent' and p.deleted_at is null
       and not exists (select 1 from payout f where f.fails_id = p.id and f.deleted_at is null)), 0)::numeric(14,2)::text`

/**
 * A statement's net and what it made payable (after a carried balance and advances recovered),
 * what was effectively paid on it, what is still owed, and its pay state: owed and state follow
 * what is payable, never the net.
 */
export function statementPay(statementId: string, totals: { net_total: Money; payable_total: Money }, paid: Money): StatementPay {
  return {
    statement_id: statementId,
    net_total: totals.net_total,
    payable_total: totals.payable_total,
    paid,
    owed: owedOn(totals.payable_total, paid),
    state: payState(totals.payable_total, paid),
  }
}

/** SQL selecting a statement's net and payable (over alias `s`) as text with two decimals. */
export const STATEMENT_TOTALS_SELECT = `s.net_total::numeric(14,2)::text as net_total, s.payable_total::numeric(14,2)::text as payable_total`

export type LockedStatement = { id: string; period: string; artisan_id: string; workshop_id: string; net_total: Money; payable_total: Money; paid: Money }

/**
 * Reads a statement and holds an UPDATE lock on its row until the transaction ends, so two
 * payouts (or a payout and a failure) on one statement queue: the second one sees what the first
 * paid, and nothing is ever paid over what is owed.
 */
export async function lockStatement(manager: EntityManager, statementId: string): Promise<LockedStatement | undefined> {
  const [locked] = (await manager.execute(`select id from statement where id = ? and deleted_at is null for update`, [statementId])) as {
    id: string
  }[]
  if (!locked) return undefined
  const [row] = (await manager.execute(
    `select s.id, s.period, s.artisan_id, s.workshop_id, ${STATEMENT_TOTALS_SELECT}, ${effectivePaidOf("s.id")} as paid
       from statement s where s.id = ?`,
    [statementId]
  )) as LockedStatement[]
  return row
}

export async function payoutByDedupeKey(manager: EntityManager, dedupeKey: string): Promise<PayoutRow | undefined> {
  const [row] = (await manager.execute(`select ${PAYOUT_SELECT} from payout p where p.dedupe_key = ? and p.deleted_at is null`, [dedupeKey])) as PayoutRow[]
  return row
}

export async function payoutById(manager: EntityManager, id: string): Promise<PayoutRow | undefined> {
  const [row] = (await manager.execute(`select ${PAYOUT_SELECT} from payout p where p.id = ? and p.deleted_at is null`, [id])) as PayoutRow[]
  return row
}
