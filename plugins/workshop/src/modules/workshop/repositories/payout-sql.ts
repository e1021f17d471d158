import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { PAYOUT_COLUMNS } from "./payout/payout-rows"
import { ADVANCE_COLUMNS, recordAdvance, type RecordAdvanceInput } from "./advance/record-advance"
import { recordPayoutBatch, type BatchPayoutLine } from "./payout/record-payouts"
import {
  recordPayout,
  recordPayoutFailure,
  type RecordPayoutFailureInput,
  type RecordPayoutInput,
} from "./payout/record-payout"

/**
 * The raw SQL of the payout aggregate (what was paid to each woman against her statements, what
 * came back, and what she was advanced), each inside the caller's transaction. Registered in the module's container as
 * `payoutSqlRepository`.
 */
export class PayoutSqlRepository {
  static readonly inserts: InsertShape[] = [
    {
      table: "payout",
      columns: PAYOUT_COLUMNS.map((c) => c.name),
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
    {
      table: "artisan_advance",
      columns: ADVANCE_COLUMNS.map((c) => c.name),
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  record(manager: EntityManager, input: RecordPayoutInput) {
    return recordPayout(manager, input)
  }

  recordFailure(manager: EntityManager, input: RecordPayoutFailureInput) {
    return recordPayoutFailure(manager, input)
  }

  recordBatch(manager: EntityManager, input: { actor_id: string; lines: BatchPayoutLine[] }) {
    return recordPayoutBatch(manager, input)
  }

  recordAdvance(manager: EntityManager, input: RecordAdvanceInput) {
    return recordAdvance(manager, input)
  }
}
