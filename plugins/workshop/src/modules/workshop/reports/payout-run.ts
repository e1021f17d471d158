import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PAYOUT_METHODS, sumMoney, toFen, type Money, type PayoutDetails, type PayoutMethod } from "../../../domain"
import { ANY_LIST, jsonList } from "../lib/sql"
import { payoutDetailsOf } from "./payout-details"
import { periodPayouts, type PeriodPayoutStatement } from "./payouts"

/** A payout run covers one closed month, or every closed month's statements with something owed. */
export type PayoutRunScope = string | "owed"

/** The groups of a run: one per payout method, and the women without payout details. */
export const PAYOUT_RUN_GROUPS = [...PAYOUT_METHODS, "none"] as const
export type PayoutRunGroup = (typeof PAYOUT_RUN_GROUPS)[number]

export type PayoutRunStatement = {
  statement_id: string
  artisan_id: string
  display_name: string
  workshop_handle: string
  period: string
  /** what is still owed on the statement now (as the month's payout list says) */
  owed: Money
  /** payout facts already on the statement (sent and failed): part of each line's key */
  attempt: number
  /** her payout details, masked (null when none are kept) */
  payout_details: PayoutDetails | null
}

export type PayoutRun = {
  scope: PayoutRunScope
  /** the closed months the run covers */
  months: string[]
  groups: { method: PayoutRunGroup; count: number; total: Money; statements: PayoutRunStatement[] }[]
  totals: { count: number; owed: Money }
}

/** Months closed (or closed and marked paid), oldest first. */
async function closedMonths(manager: EntityManager): Promise<string[]> {
  const rows = (await manager.execute(
    `select month from period where status in ('closed', 'paid') and deleted_at is null order by month`
  )) as { month: string }[]
  return rows.map((r) => r.month)
}

const attemptsOf = (s: PeriodPayoutStatement) => s.payouts.length + s.payouts.filter((p) => p.status === "failed").length

/**
 * What a payout run would pay: the statements of the scope with something still owed, grouped by
 * the method of her payout details. What is owed is read from each month's payout list (the one
 * rule for what a statement still waits for); nothing here computes it. `not_closed` when a month
 * scope is not a closed month.
 */
export async function payoutRun(manager: EntityManager, scope: PayoutRunScope): Promise<PayoutRun | { status: "not_closed"; month: string }> {
  const closed = await closedMonths(manager)
  if (scope !== "owed" && !closed.includes(scope)) return { status: "not_closed", month: scope }
  const months = scope === "owed" ? closed : [scope]
  const statements: PayoutRunStatement[] = []
  for (const month of months) {
    const report = await periodPayouts(manager, month)
    for (const s of report.statements) {
      if (toFen(s.owed) <= 0n) continue
      statements.push({
        statement_id: s.statement_id,
        artisan_id: s.artisan_id,
        display_name: s.display_name,
        workshop_handle: s.workshop_handle,
        period: report.period,
        owed: s.owed,
        attempt: attemptsOf(s),
        payout_details: s.payout_details,
      })
    }
  }
  const groups = PAYOUT_RUN_GROUPS.map((method) => {
    const of = statements.filter((s) => (s.payout_details?.method ?? "none") === method)
    return { method, count: of.length, total: sumMoney(of.map((s) => s.owed)), statements: of }
  }).filter((g) => g.count > 0)
  return { scope, months, groups, totals: { count: statements.length, owed: sumMoney(statements.map((s) => s.owed)) } }
}

/** One line of a payout file: a statement of the run with her payout details in full and her phone. */
export type PayoutRunFileLine = Omit<PayoutRunStatement, "payout_details"> & {
  phone: string | null
  account_name: string
  account: string | null
  bank_name: string | null
}

/**
 * The lines of the payout file of `method`: the run's statements whose payout details say
 * `method`, with the details UNMASKED (the file the batch tool reads). Only the export route
 * answers this; it must never be logged or cached.
 */
export async function payoutRunFileLines(
  manager: EntityManager,
  scope: PayoutRunScope,
  method: PayoutMethod
): Promise<PayoutRunFileLine[] | { status: "not_closed"; month: string }> {
  const run = await payoutRun(manager, scope)
  if ("status" in run) return run
  const statements = run.groups.find((g) => g.method === method)?.statements ?? []
  const artisanIds = [...new Set(statements.map((s) => s.artisan_id))]
  const details = await payoutDetailsOf(manager, artisanIds)
  const phones = new Map(
    artisanIds.length
      ? ((await manager.execute(`select id, phone from artisan where id = ${ANY_LIST}`, [jsonList(artisanIds)])) as { id: string; phone: string | null }[]).map(
          (a) => [a.id, a.phone]
        )
      : []
  )
  const lines: PayoutRunFileLine[] = []
  for (const { payout_details: _masked, ...s } of statements) {
    const full = details.get(s.artisan_id)
    // her details changed between the two reads: she is in another method's file now
    if (!full || full.method !== method) continue
    lines.push({ ...s, phone: phones.get(s.artisan_id) ?? null, account_name: full.account_name, account: full.account, bank_name: full.bank_name })
  }
  return lines
}
