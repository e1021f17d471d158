import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { carriedOutOf, slipSections, type Money, type PaySlip, type PayoutSummary, type StatementWithPay } from "../../../domain"
import { ANY_LIST, jsonList } from "../lib/sql"
import { effectivePaidOf, STATEMENT_TOTALS_SELECT, statementPay } from "../repositories/payout/payout-rows"
import { artisanMonthLines } from "./artisan-earnings"
import { maskedPayoutDetailsOf } from "./payout-details"
import { payoutsWhere, type PayoutView } from "./payouts"

/** Who may see a statement: hers only (`artisan_id`), her workshops' only (`workshop_ids`), or anyone (staff). */
export type SlipScope = { artisan_id?: string; workshop_ids?: string[] }

/** A slip as staff see it: each payout also says who recorded it (and who recorded its failure). */
export type StaffPaySlip = Omit<PaySlip, "payouts"> & { payouts: PayoutView[] }

const money = (column: string) => `s.${column}::numeric(14,2)::text as ${column}`

type StatementRow = {
  id: string
  period: string
  artisan_id: string
  workshop_id: string
  piecework_total: Money
  sale_share_total: Money
  bonus_total: Money
  deduction_total: Money
  reversal_total: Money
  net_total: Money
  entry_count: number
  display_name: string
  workshop_handle: string
  workshop_name_zh: string
  workshop_name_en: string
  carried_in: Money
  advance_recovered: Money
  payable_total: Money
  paid: Money
}

/**
 * One statement as a pay slip, or undefined when there is none with that id in `scope`: her name
 * and workshop, the statement's frozen totals, the month's entries grouped by kind, the balance
 * brought in and advances taken back, what is payable, paid and owed, its pay state,
 * its payouts (a failed one marked) and her payout details, masked. Money comes from the
 * statement's and the payouts' rows, never from today's rates.
 */
export async function paySlip(manager: EntityManager, statementId: string, scope: SlipScope = {}): Promise<StaffPaySlip | undefined> {
  if (scope.workshop_ids && !scope.workshop_ids.length) return undefined
  const where = ["s.id = ?", "s.deleted_at is null"]
  const params: unknown[] = [statementId]
  if (scope.artisan_id !== undefined) {
    where.push("s.artisan_id = ?")
    params.push(scope.artisan_id)
  }
  if (scope.workshop_ids) {
    where.push(`s.workshop_id = ${ANY_LIST}`)
    params.push(jsonList(scope.workshop_ids))
  }
  const [s] = (await manager.execute(
    `select s.id, s.period, s.artisan_id, s.workshop_id,
            ${["piecework_total", "sale_share_total", "bonus_total", "deduction_total", "reversal_total", "net_total", "carried_in", "advance_recovered", "payable_total"].map(money).join(", ")},
            s.entry_count, a.display_name, w.handle as workshop_handle, w.name_zh as workshop_name_zh, w.name_en as workshop_name_en,
            ${effectivePaidOf("s.id")} as paid
       from statement s
       join artisan a on a.id = s.artisan_id
       join workshop w on w.id = s.workshop_id
      where ${where.join(" and ")}`,
    params
  )) as StatementRow[]
  if (!s) return undefined

  const [lines, payouts, details] = await Promise.all([
    artisanMonthLines(manager, s.artisan_id, s.period),
    payoutsWhere(manager, `p.statement_id = ?`, [s.id]),
    maskedPayoutDetailsOf(manager, [s.artisan_id]),
  ])
  const pay = statementPay(s.id, s, s.paid)
  return {
    statement_id: s.id,
    period: s.period,
    currency_code: "cny",
    artisan: { id: s.artisan_id, display_name: s.display_name },
    workshop: { id: s.workshop_id, handle: s.workshop_handle, name_zh: s.workshop_name_zh, name_en: s.workshop_name_en },
    totals: {
      piecework_total: s.piecework_total,
      sale_share_total: s.sale_share_total,
      bonus_total: s.bonus_total,
      deduction_total: s.deduction_total,
      reversal_total: s.reversal_total,
      net_total: s.net_total,
      entry_count: Number(s.entry_count),
    },
    carried_in: s.carried_in,
    advance_recovered: s.advance_recovered,
    payable_total: s.payable_total,
    carried_out: carriedOutOf(s.net_total, s.carried_in),
    paid: pay.paid,
    owed: pay.owed,
    state: pay.state,
    sections: slipSections(lines),
    payouts,
    payout_details: details.get(s.artisan_id) ?? null,
  }
}

/** A slip as she and her coordinator get it: who recorded a payout (staff ids) stays out. */
export function slipWithoutStaffFields(slip: StaffPaySlip): PaySlip {
  return {
    ...slip,
    payouts: slip.payouts.map(({ recorded_by: _by, failure, created_at, ...p }): PayoutSummary => ({
      ...p,
      created_at: new Date(created_at).toISOString(),
      failure: failure && { reason: failure.reason, failed_on: failure.failed_on },
    })),
  }
}

/**
 * Statements with what each made payable, what was paid and is still owed, and its pay state:
 * of these workshops (`workshop_ids`) or of one woman (`artisan_id`), of one month when `period`
 * is given; newest month first, then by name.
 */
export async function statementsWithPay(
  manager: EntityManager,
  filter: { workshop_ids?: string[]; artisan_id?: string; period?: string }
): Promise<StatementWithPay[]> {
  if (filter.workshop_ids && !filter.workshop_ids.length) return []
  const where = ["s.deleted_at is null"]
  const params: unknown[] = []
  if (filter.workshop_ids) {
    where.push(`s.workshop_id = ${ANY_LIST}`)
    params.push(jsonList(filter.workshop_ids))
  }
  if (filter.artisan_id !== undefined) {
    where.push("s.artisan_id = ?")
    params.push(filter.artisan_id)
  }
  if (filter.period !== undefined) {
    where.push("s.period = ?")
    params.push(filter.period)
  }
  const rows = (await manager.execute(
    `select s.id, s.period, s.artisan_id, a.display_name, s.workshop_id, ${STATEMENT_TOTALS_SELECT}, ${effectivePaidOf("s.id")} as paid
       from statement s
       join artisan a on a.id = s.artisan_id
      where ${where.join(" and ")}
      order by s.period desc, a.display_name, s.id`,
    params
  )) as { id: string; period: string; artisan_id: string; display_name: string; workshop_id: string; net_total: Money; payable_total: Money; paid: Money }[]
  return rows.map((r) => ({ ...statementPay(r.id, r, r.paid), id: r.id, period: r.period, artisan_id: r.artisan_id, display_name: r.display_name, workshop_id: r.workshop_id }))
}
