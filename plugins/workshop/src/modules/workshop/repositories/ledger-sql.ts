import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { postAdjustment, type AdjustmentInput } from "./ledger/adjustments"
import { LEDGER_ENTRY_COLUMNS } from "./ledger/post-entries"
import { postSaleShares, reverseSaleShares, type ReverseSaleSharesInput, type SoldLine } from "./ledger/sale-shares"

/**
 * The raw SQL of the ledger aggregate: adjustments, sale shares and their reversals (plus the
 * order revenue they are counted against), each inside the caller's transaction. Registered in
 * the module's container as `ledgerSqlRepository`.
 */
export class LedgerSqlRepository {
  static readonly inserts: InsertShape[] = [
    {
      table: "ledger_entry",
      columns: LEDGER_ENTRY_COLUMNS.map((c) => c.name),
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  postAdjustment(manager: EntityManager, input: AdjustmentInput) {
    return postAdjustment(manager, input)
  }

  postSaleShares(
    manager: EntityManager,
    order: { id: string; display_id?: number | null },
    lines: SoldLine[],
    currentMonth: string,
    rateToCny: (currency: string) => string
  ) {
    return postSaleShares(manager, order, lines, currentMonth, rateToCny)
  }

  reverseSaleShares(manager: EntityManager, input: ReverseSaleSharesInput) {
    return reverseSaleShares(manager, input)
  }
}
