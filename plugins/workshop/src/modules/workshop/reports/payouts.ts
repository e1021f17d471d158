import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { carriedOutOf, owedOn, PAYOUT_METHODS, subtractMoney, sumMoney, type ArtisanBalance, type Money, type PayoutMethod } from "../../../domain"
import type { PayoutDetails } from "../../../domain"
import { maskedPayoutDetailsOf } from "./payout-details"
import { effectivePaidOf, PAYOUT_SELECT, STATEMENT_TOTALS_SELECT, statementPay, type PayoutRow, type StatementPay } from "../repositories/payout/payout-rows"
import { artisanAdvances, type ArtisanAdvances } from "./advances"

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
export async function payoutsWhere(manager: EntityManager, where: string, params: unknown[]): Promise<PayoutView[]> {
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
  totals: { net_total: Money; payable_total: Money; paid: Money; owed: Money }
}

/** A closed month's statements, each with its pay state, paid and owed and its payouts; totals by method. */
export async function periodPayouts(manager: EntityManager, month: string): Promise<PeriodPayouts> {
  const statements = (await manager.execute(
    `select s.id, s.artisan_id, a.display_name, s.workshop_id, w.handle as workshop_handle,
            ${STATEMENT_TOTALS_SELECT}, ${effectivePaidOf("s.id")} as paid
       from statement s
       join artisan a on a.id = s.artisan_id
       join workshop w on w.id = s.workshop_id
      where s.period = ? and s.deleted_at is null
      order by w.handle, a.display_name, s.id`,
    [month]
  )) as { id: string; artisan_id: string; display_name: string; workshop_id: string; workshop_handle: string; net_total: Money; payable_total: Money; paid: Money }[]
  const payouts = await payoutsWhere(manager, `p.period = ?`, [month])
  const byStatement = new Map<string, PayoutView[]>()
  for (const payout of payouts) byStatement.set(payout.statement_id, [...(byStatement.get(payout.statement_id) ?? []), payout])
  const details = await maskedPayoutDetailsOf(manager, [...new Set(statements.map((s) => s.artisan_id))])
  const rows = statements.map((s) => ({
    ...statementPay(s.id, s, s.paid),
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
      payable_total: sumMoney(rows.map((r) => r.payable_total)),
      paid: sumMoney(rows.map((r) => r.paid)),
      owed: sumMoney(rows.map((r) => r.owed)),
    },
  }
}

export type ArtisanPayouts = ArtisanBalance & {
  /** her payout details, masked (null when none are kept) */
  payout_details: PayoutDetails | null
  payouts: PayoutView[]
  advances: ArtisanAdvances
}

/**
 * Where one woman stands across months, from the money facts only: earned (her statements' nets),
 * paid (payouts that count), advanced; balance = earned − paid − advanced; owed (what her
 * statements still wait to be paid), carried (the negative balance her latest statement carries
 * on) and the advances not yet recovered: balance = owed + carried − advance_outstanding.
 */
export async function artisanBalance(manager: EntityManager, artisanId: string, advances: ArtisanAdvances): Promise<ArtisanBalance> {
  const statements = (await manager.execute(
    `select s.id, ${STATEMENT_TOTALS_SELECT}, s.carried_in::numeric(14,2)::text as carried_in, ${effectivePaidOf("s.id")} as paid
       from statement s where s.artisan_id = ? and s.deleted_at is null
      order by s.created_at desc, s.id desc`,
    [artisanId]
  )) as { id: string; net_total: Money; payable_total: Money; carried_in: Money; paid: Money }[]
  const earned = sumMoney(statements.map((s) => s.net_total))
  const paid = sumMoney(statements.map((s) => s.paid))
  const latest = statements[0]
  return {
    earned,
    paid,
    advanced: advances.advanced,
    balance: subtractMoney(subtractMoney(earned, paid), advances.advanced),
    owed: sumMoney(statements.map((s) => owedOn(s.payable_total, s.paid))),
    carried: latest ? carriedOutOf(latest.net_total, latest.carried_in) : "0.00",
    advance_outstanding: advances.outstanding,
  }
}

/** One woman's payouts, newest first, her advances, and where she stands across months. */
export async function artisanPayouts(manager: EntityManager, artisanId: string): Promise<ArtisanPayouts> {
  const advances = await artisanAdvances(manager, artisanId)
  const [balance, payouts, details] = [
    await artisanBalance(manager, artisanId, advances),
    await payoutsWhere(manager, `p.artisan_id = ?`, [artisanId]),
    await maskedPayoutDetailsOf(manager, [artisanId]),
  ]
  return { ...balance, payout_details: details.get(artisanId) ?? null, payouts, advances }
}
