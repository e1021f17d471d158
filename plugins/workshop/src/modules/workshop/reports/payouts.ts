import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PAYOUT_METHODS, subtractMoney, sumMoney, type Money, type PayoutMethod } from "../../../domain"
import type { PayoutDetails } from "../../../domain"
import { maskedPayoutDetailsOf } from "./payout-details"
import { effectivePaidOf, PAYOUT_SELECT, statementPay, type PayoutRow, type StatementPay } from "../repositories/payout/payout-rows"

/** A sent payout with what became of it: still counted, or failed (when and why). */
export type PayoutView = Omit<PayoutRow, "kind" | "fails_id" | "reason" | "request_hash"> & {
  status: "sent" | "failed"
  failure: { id: string; reason: string | null; failed_on: string; recorded_by: string; created_at: Date } | null
}

type PayoutWithFailure = PayoutRow & {
  failure_id: string | null
  failure_reason: string | null
  failed_on: string | null
  failure_recorded_by: string | null
  failure_created_at: Date | null
}

function view(row: PayoutWithFailure): PayoutView {
  const { kind: _kind, fails_id: _fails, reason: _reason, request_hash: _hash, failure_id, failure_reason, failed_on, failure_recorded_by, failure_created_at, ...payout } =
    row
  return {
    ...payout,
    status: failure_id ? "failed" : "sent",
    failure: failure_id
      ? { id: failure_id, reason: failure_reason, failed_on: failed_on!, recorded_by: failure_recorded_by!, created_at: failure_created_at! }
      : null,
  }
}

/** Sent payouts matching `where` (over `p`), each with its failure if it has one, newest day first. */
async function payoutsWhere(manager: EntityManager, where: string, params: unknown[]): Promise<PayoutView[]> {
  const rows = (await manager.execute(
    `select ${PAYOUT_SELECT}, f.id as failure_id, f.reason as failure_reason, f.paid_on as failed_on,
            f.recorded_by as failure_recorded_by, f.created_at as failure_created_at
       from payout p
       left join payout f on f.fails_id = p.id and f.deleted_at is null
      where p.kind = 'sent' and p.deleted_at is null and ${where}
      order by p.paid_on desc, p.created_at desc`,
    params
  )) as PayoutWithFailure[]
  return rows.map(view)
}

export type PeriodPayoutStatement = StatementPay & {
  artisan_id: string
  display_name: string
  workshop_id: string
  workshop_handle: string
  /** her payout details, masked (null when none are kept) */
  payout_details: PayoutDetails | null
  payouts: PayoutView[]
}

export type PeriodPayouts = {
  period: string
  statements: PeriodPayoutStatement[]
  /** the payouts that count (sent, not failed), by method */
  by_method: { method: PayoutMethod; count: number; total: Money }[]
  totals: { net_total: Money; paid: Money; owed: Money }
}

/** A closed month's statements, each with its pay state, paid and owed and its payouts; totals by method. */
export async function periodPayouts(manager: EntityManager, month: string): Promise<PeriodPayouts> {
  const statements = (await manager.execute(
    `select s.id, s.artisan_id, a.display_name, s.workshop_id, w.handle as workshop_handle,
            s.net_total::numeric(14,2)::text as net_total, ${effectivePaidOf("s.id")} as paid
       from statement s
       join artisan a on a.id = s.artisan_id
       join workshop w on w.id = s.workshop_id
      where s.period = ? and s.deleted_at is null
      order by w.handle, a.display_name, s.id`,
    [month]
  )) as { id: string; artisan_id: string; display_name: string; workshop_id: string; workshop_handle: string; net_total: Money; paid: Money }[]
  const payouts = await payoutsWhere(manager, `p.period = ?`, [month])
  const byStatement = new Map<string, PayoutView[]>()
  for (const payout of payouts) byStatement.set(payout.statement_id, [...(byStatement.get(payout.statement_id) ?? []), payout])
  const details = await maskedPayoutDetailsOf(manager, [...new Set(statements.map((s) => s.artisan_id))])
  const rows = statements.map((s) => ({
    ...statementPay(s.id, s.net_total, s.paid),
    artisan_id: s.artisan_id,
    display_name: s.display_name,
    workshop_id: s.workshop_id,
    workshop_handle: s.workshop_handle,
    payout_details: details.get(s.artisan_id) ?? null,
    payouts: byStatement.get(s.id) ?? [],
  }))
  const counted = payouts.filter((p) => p.status === "sent")
  const byMethod = PAYOUT_METHODS.map((method) => {
    const of = counted.filter((p) => p.method === method)
    return { method, count: of.length, total: sumMoney(of.map((p) => p.amount)) }
  }).filter((m) => m.count > 0)
  return {
    period: month,
    statements: rows,
    by_method: byMethod,
    totals: {
      net_total: sumMoney(rows.map((r) => r.net_total)),
      paid: sumMoney(rows.map((r) => r.paid)),
      owed: sumMoney(rows.map((r) => r.owed)),
    },
  }
}

export type ArtisanPayouts = {
  /** her payout details, masked (null when none are kept) */
  payout_details: PayoutDetails | null
  payouts: PayoutView[]
  /** the net of her closed months' statements */
  earned: Money
  /** the payouts that count (sent, not failed) */
  paid: Money
  /** earned − paid, across months */
  owed: Money
}

/** One woman's payouts, newest first, and what she is owed across months (earned − paid). */
export async function artisanPayouts(manager: EntityManager, artisanId: string): Promise<ArtisanPayouts> {
  const [totals] = (await manager.execute(
    `select coalesce((select sum(s.net_total) from statement s where s.artisan_id = ? and s.deleted_at is null), 0)::numeric(14,2)::text as earned,
            coalesce((select sum(p.amount) from payout p
                       where p.artisan_id = ? and p.kind = 'sent' and p.deleted_at is null
                         and not exists (select 1 from payout f where f.fails_id = p.id and f.deleted_at is null)), 0)::numeric(14,2)::text as paid`,
    [artisanId, artisanId]
  )) as { earned: Money; paid: Money }[]
  const payouts = await payoutsWhere(manager, `p.artisan_id = ?`, [artisanId])
  const details = await maskedPayoutDetailsOf(manager, [artisanId])
  return { payout_details: details.get(artisanId) ?? null, payouts, earned: totals.earned, paid: totals.paid, owed: subtractMoney(totals.earned, totals.paid) }
}
