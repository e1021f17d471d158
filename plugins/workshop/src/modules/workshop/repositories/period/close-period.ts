import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { lockPeriodForChange } from "./period-locks"
import { payMonthInFull } from "../payout/record-payout"
import { insertCarriedStatements, settleStatements } from "./settle-month"
import { chinaDateOf, type PayoutMethod } from "../../../../domain"

export type ClosePeriodResult =
  | { status: "closed" | "already_closed"; month: string; statements: number }
  | { status: "not_over"; month: string }

/**
 * Closes a month: freezes one statement per artisan with entries in it (totals by kind and net,
 * computed in one statement from the ledger) and one for each woman who carries a negative balance
 * without work this month, settles them (carried balance, advances recovered, payable: the
 * domain's settleMonth), then marks the month closed. Closing twice changes nothing. Holds the
 * month's row lock (see period-locks) for the whole transaction, and the settlement lock: two
 * months closing at once settle one after the other, so a carried balance or an advance is never
 * taken twice.
 */
export async function closePeriod(
  manager: EntityManager,
  input: { month: string; actor_id: string; current_month: string }
): Promise<ClosePeriodResult> {
  if (input.month >= input.current_month) return { status: "not_over", month: input.month }
  const period = await lockPeriodForChange(manager, input.month)
  if (period.status !== "open") {
    const [{ count }] = (await manager.execute(`select count(*)::int as count from statement where period = ?`, [input.month])) as { count: number }[]
    return { status: "already_closed", month: input.month, statements: count }
  }
  await manager.execute(`select pg_advisory_xact_lock(hashtext('workshop:settle-statements'))`)
  // payable starts as the net; settleStatements settles the few that carry, recover or go negative.
  // The month's totals are grouped from ~350k ledger rows at city scale: sort them in memory
  await manager.execute(`set local work_mem = '64MB'`)
  const raw = (column: string) => `jsonb_build_object('value', ${column}::text, 'precision', 20)`
  const inserted = (await manager.execute(
    `with totals as (
       select l.artisan_id,
              coalesce(a.workshop_id, max(l.workshop_id)) as workshop_id,
              coalesce(sum(l.amount) filter (where l.kind = 'piecework'), 0) as piecework,
              coalesce(sum(l.amount) filter (where l.kind = 'sale_share'), 0) as sale_share,
              coalesce(sum(l.amount) filter (where l.kind = 'bonus'), 0) as bonus,
              coalesce(sum(l.amount) filter (where l.kind = 'deduction'), 0) as deduction,
              coalesce(sum(l.amount) filter (where l.kind = 'reversal'), 0) as reversal,
              sum(l.amount) as net,
              count(*)::int as entry_count
         from ledger_entry l
         left join artisan a on a.id = l.artisan_id
        where l.period = ? and l.deleted_at is null
        group by l.artisan_id, a.workshop_id
     )
     insert into statement (id, period, artisan_id, workshop_id,
       piecework_total, raw_piecework_total, sale_share_total, raw_sale_share_total,
       bonus_total, raw_bonus_total, deduction_total, raw_deduction_total,
       reversal_total, raw_reversal_total, net_total, raw_net_total, payable_total, raw_payable_total, entry_count)
     select 'stmt_' || substr(md5(random()::text || artisan_id), 1, 26), ?, artisan_id, workshop_id,
       piecework, ${raw("piecework")}, sale_share, ${raw("sale_share")},
       bonus, ${raw("bonus")}, deduction, ${raw("deduction")},
       reversal, ${raw("reversal")}, net, ${raw("net")}, net, ${raw("net")}, entry_count
       from totals
     on conflict (period, artisan_id) where deleted_at is null do nothing
     returning id`,
    [input.month, input.month]
  )) as { id: string }[]
  const carried = await insertCarriedStatements(manager, input.month)
  const frozen = [...inserted.map((r) => r.id), ...carried]
  await settleStatements(manager, input.month, frozen)
  await manager.execute(
    `update period set status = 'closed', closed_at = now(), closed_by = ?, updated_at = now() where id = ?`,
    [input.actor_id, period.id]
  )
  return { status: "closed", month: input.month, statements: frozen.length }
}

export type PayPeriodResult =
  | { status: "paid"; month: string; statements: number; payouts: number; payout_ids: string[]; payment_reference: string }
  | { status: "already_paid"; month: string; statements: number; payment_reference: string }
  | { status: "not_closed"; month: string }
  | { status: "conflict"; month: string; payment_reference: string }

/**
 * The shortcut "the whole month was paid with one reference": one payout (with `method`) per
 * statement of what is still owed on it, then the month and its statements marked paid with the
 * reference and date. A closed month only; paying twice with the same reference changes nothing.
 */
export async function payPeriod(
  manager: EntityManager,
  input: { month: string; actor_id: string; payment_reference: string; paid_at: Date; method: PayoutMethod }
): Promise<PayPeriodResult> {
  const period = await lockPeriodForChange(manager, input.month)
  if (period.status === "paid") {
    if (period.payment_reference !== input.payment_reference) {
      return { status: "conflict", month: input.month, payment_reference: period.payment_reference ?? "" }
    }
    const [{ count }] = (await manager.execute(`select count(*)::int as count from statement where period = ?`, [input.month])) as { count: number }[]
    return { status: "already_paid", month: input.month, statements: count, payment_reference: input.payment_reference }
  }
  if (period.status !== "closed") return { status: "not_closed", month: input.month }
  const payoutIds = await payMonthInFull(manager, {
    month: input.month,
    method: input.method,
    reference: input.payment_reference,
    paid_on: chinaDateOf(input.paid_at),
    actor_id: input.actor_id,
  })
  const updated = (await manager.execute(
    `update statement set paid_at = ?, payment_reference = ?, updated_at = now()
      where period = ? and paid_at is null and deleted_at is null returning id`,
    [input.paid_at, input.payment_reference, input.month]
  )) as { id: string }[]
  await manager.execute(
    `update period set status = 'paid', paid_at = ?, paid_by = ?, payment_reference = ?, updated_at = now() where id = ?`,
    [input.paid_at, input.actor_id, input.payment_reference, period.id]
  )
  return { status: "paid", month: input.month, statements: updated.length, payouts: payoutIds.length, payout_ids: payoutIds, payment_reference: input.payment_reference }
}

