import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import type { PayoutMethod } from "../../../domain"
import { closePeriod, payPeriod } from "./period/close-period"
import { PAYOUT_COLUMNS } from "./payout/payout-rows"

/**
 * The raw SQL of the period aggregate (a month and its statements): closing a month (its
 * statements frozen from the ledger in one insert … select) and marking it paid (one payout per statement), each inside the
 * caller's transaction. Registered in the module's container as `periodSqlRepository`.
 */
export class PeriodSqlRepository {
  static readonly inserts: InsertShape[] = [
    {
      table: "statement",
      columns: [
        "id", "period", "artisan_id", "workshop_id",
        "piecework_total", "raw_piecework_total", "sale_share_total", "raw_sale_share_total",
        "bonus_total", "raw_bonus_total", "deduction_total", "raw_deduction_total",
        "reversal_total", "raw_reversal_total", "net_total", "raw_net_total", "payable_total", "raw_payable_total", "entry_count",
      ],
      // carried_in and advance_recovered start at 0 and are set by settleStatements
      untouched: ["carried_in", "raw_carried_in", "advance_recovered", "raw_advance_recovered", "paid_at", "payment_reference", "created_at", "updated_at", "deleted_at"],
    },
    {
      table: "period",
      columns: ["id", "month", "status"],
      untouched: ["closed_at", "closed_by", "close_reason", "paid_at", "paid_by", "payment_reference", "created_at", "updated_at", "deleted_at"],
    },
    {
      // paying a whole month records one payout per statement (see payout/record-payout)
      table: "payout",
      columns: PAYOUT_COLUMNS.map((c) => c.name),
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  close(manager: EntityManager, input: { month: string; actor_id: string; current_month: string }) {
    return closePeriod(manager, input)
  }

  pay(manager: EntityManager, input: { month: string; actor_id: string; payment_reference: string; paid_at: Date; method: PayoutMethod }) {
    return payPeriod(manager, input)
  }
}
