import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { toFen, type Money, type PayoutMethod } from "../../../../domain"
import {
  appendPayouts,
  effectivePaidOf,
  lockStatement,
  payoutByDedupeKey,
  payoutById,
  statementPay,
  STATEMENT_TOTALS_SELECT,
  type LockedStatement,
  type NewPayoutRow,
  type PayoutRow,
  type StatementPay,
} from "./payout-rows"

export type RecordPayoutInput = {
  statement_id: string
  method: PayoutMethod
  /** positive, at most two decimals */
  amount: string
  reference: string | null
  /** YYYY-MM-DD */
  paid_on: string
  actor_id: string
  /** the request's Idempotency-Key: the same key records once */
  idempotency_key: string
  /** what was asked: the same key with another request is a conflict */
  request_hash: string
}

export type RecordPayoutResult =
  | { status: "recorded" | "replayed"; payout: PayoutRow; statement: StatementPay }
  | { status: "statement_not_found" }
  | { status: "conflict"; payout_id: string }
  | { status: "over_owed"; statement: StatementPay }

async function replay(manager: EntityManager, existing: PayoutRow, requestHash: string): Promise<RecordPayoutResult> {
  if (existing.request_hash !== requestHash) return { status: "conflict", payout_id: existing.id }
  const statement = await lockStatement(manager, existing.statement_id)
  return { status: "replayed", payout: existing, statement: statementPay(statement!.id, statement!, statement!.paid) }
}

/**
 * Records a payout against a statement: at most what is still owed on it (its net less the
 * payouts that count), exactly once per idempotency key. Holds the statement's row lock, so two
 * payouts at once queue and the second sees the first.
 */
export async function recordPayout(manager: EntityManager, input: RecordPayoutInput): Promise<RecordPayoutResult> {
  const dedupeKey = `payout:${input.idempotency_key}`
  const earlier = await payoutByDedupeKey(manager, dedupeKey)
  if (earlier) return replay(manager, earlier, input.request_hash)
  const statement = await lockStatement(manager, input.statement_id)
  if (!statement) return { status: "statement_not_found" }
  // the same key may have landed while this transaction waited for the lock
  const raced = await payoutByDedupeKey(manager, dedupeKey)
  if (raced) return replay(manager, raced, input.request_hash)
  const before = statementPay(statement.id, statement, statement.paid)
  if (toFen(input.amount) <= 0n || toFen(input.amount) > toFen(before.owed)) return { status: "over_owed", statement: before }
  const [id] = await appendPayouts(manager, [
    { ...sentPayout(statement, input, input.amount, dedupeKey), request_hash: input.request_hash },
  ])
  if (!id) return replay(manager, (await payoutByDedupeKey(manager, dedupeKey))!, input.request_hash)
  const payout = (await payoutById(manager, id))!
  const paid = await lockStatement(manager, statement.id)
  return { status: "recorded", payout, statement: statementPay(statement.id, paid!, paid!.paid) }
}

export type RecordPayoutFailureInput = {
  payout_id: string
  reason: string
  /** YYYY-MM-DD: the day it came back */
  failed_on: string
  actor_id: string
}

export type RecordPayoutFailureResult =
  | { status: "failed" | "already_failed"; failure: PayoutRow; payout: PayoutRow; statement: StatementPay }
  | { status: "not_found" }

/**
 * Records that a payout came back: a `failed` fact of its own pointing at it (at most one per
 * payout), which gives its amount back to what is owed. Recording it twice changes nothing.
 */
export async function recordPayoutFailure(manager: EntityManager, input: RecordPayoutFailureInput): Promise<RecordPayoutFailureResult> {
  const payout = await payoutById(manager, input.payout_id)
  if (!payout || payout.kind !== "sent") return { status: "not_found" }
  await lockStatement(manager, payout.statement_id)
  const dedupeKey = `payout_failed:${payout.id}`
  const [id] = await appendPayouts(manager, [
    {
      kind: "failed",
      statement_id: payout.statement_id,
      artisan_id: payout.artisan_id,
      workshop_id: payout.workshop_id,
      period: payout.period,
      method: payout.method,
      amount: payout.amount,
      reference: payout.reference,
      paid_on: input.failed_on,
      recorded_by: input.actor_id,
      fails_id: payout.id,
      reason: input.reason,
      dedupe_key: dedupeKey,
    },
  ])
  const failure = (await payoutByDedupeKey(manager, dedupeKey))!
  const statement = (await lockStatement(manager, payout.statement_id))!
  return {
    status: id ? "failed" : "already_failed",
    failure,
    payout,
    statement: statementPay(statement.id, statement, statement.paid),
  }
}

/**
 * The "pay the whole month with one reference" shortcut: one payout per statement of `month` of
 * what is still owed on it (statements with nothing owed get none). The caller holds the month's
 * row lock (see period-locks) and has checked that it is closed and not yet paid; the statements'
 * rows are locked here, in id order, like any payout's. Returns the ids of the payouts recorded.
 */
export async function payMonthInFull(
  manager: EntityManager,
  input: { month: string; method: PayoutMethod; reference: string; paid_on: string; actor_id: string }
): Promise<string[]> {
  await manager.execute(`select id from statement where period = ? and deleted_at is null order by id for update`, [input.month])
  const statements = (await manager.execute(
    `select s.id, s.period, s.artisan_id, s.workshop_id, ${STATEMENT_TOTALS_SELECT}, ${effectivePaidOf("s.id")} as paid
       from statement s where s.period = ? and s.deleted_at is null order by s.id`,
    [input.month]
  )) as LockedStatement[]
  const payouts: NewPayoutRow[] = []
  for (const statement of statements) {
    const { owed } = statementPay(statement.id, statement, statement.paid)
    if (toFen(owed) <= 0n) continue
    payouts.push(sentPayout(statement, input, owed, `payout:pay-period:${input.month}:${statement.id}`))
  }
  return appendPayouts(manager, payouts)
}

/** A payout sent against `statement`, as `how` says it was made. */
function sentPayout(
  statement: Pick<LockedStatement, "id" | "artisan_id" | "workshop_id" | "period">,
  how: { method: PayoutMethod; reference: string | null; paid_on: string; actor_id: string },
  amount: Money,
  dedupeKey: string
): NewPayoutRow {
  return {
    kind: "sent",
    statement_id: statement.id,
    artisan_id: statement.artisan_id,
    workshop_id: statement.workshop_id,
    period: statement.period,
    method: how.method,
    amount,
    reference: how.reference,
    paid_on: how.paid_on,
    recorded_by: how.actor_id,
    dedupe_key: dedupeKey,
  }
}
