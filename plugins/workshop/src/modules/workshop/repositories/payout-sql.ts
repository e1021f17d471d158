import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { PAYOUT_COLUMNS } from "./payout/payout-rows"
import {
  recordPayout,
  recordPayoutFailure,
  type RecordPayoutFailureInput,
  type RecordPayoutInput,
} from "./payout/record-payout"

/**
 * The raw SQL of the payout aggregate (what was paid to each woman against her statements, and
 * what came back), each inside the caller's transaction. Registered in the module's container as
 * `payoutSqlRepository`.
 */
export class PayoutSqlRepository {
  static readonly inserts: InsertShape[] = [
    {
      table: "payout",
      columns: PAYOUT_COLUMNS.map((c) => c.name),
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  record(manager: EntityManager, input: RecordPayoutInput) {
    return recordPayout(manager, input)
  }

  recordFailure(manager: EntityManager, input: RecordPayoutFailureInput) {
    return recordPayoutFailure(manager, input)
  }
}
