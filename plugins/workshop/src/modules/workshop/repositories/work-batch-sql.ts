import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { recordWorkBatch, WORK_ENTRY_COLUMNS, type RecordWorkBatchInput } from "./work-batch/record-work-batch"
import { reverseWorkEntry, type ReverseWorkEntryInput } from "./work-batch/reverse-work-entry"

/**
 * The raw SQL of the work batch aggregate (a batch, its work entries and their piecework ledger
 * entries): recording a batch and reversing an entry, each inside the caller's transaction.
 * Registered in the module's container as `workBatchSqlRepository`, as Medusa registers a
 * module's repositories.
 */
export class WorkBatchSqlRepository {
  /** What each insert writes, and what it leaves to defaults or to later updates (checked against the tables by a test). */
  static readonly inserts: InsertShape[] = [
    {
      table: "work_entry",
      columns: WORK_ENTRY_COLUMNS.map((c) => c.name),
      untouched: ["reversed_at", "reversed_by", "reversal_reason", "created_at", "updated_at", "deleted_at"],
    },
    {
      table: "work_batch",
      columns: ["id", "coordinator_id", "idempotency_key", "request_hash", "line_count", "response", "response_body"],
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  record(manager: EntityManager, input: RecordWorkBatchInput) {
    return recordWorkBatch(manager, input)
  }

  reverseEntry(manager: EntityManager, input: ReverseWorkEntryInput) {
    return reverseWorkEntry(manager, input)
  }
}
