import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { askQuestion, STATEMENT_QUESTION_INSERT_COLUMNS, type AskQuestionInput } from "./statement-question/ask-question"
import { openQuestionsBlockingClose, recordCloseReason } from "./statement-question/close-guard"
import { confirmMonth, STATEMENT_CONFIRMATION_INSERT_COLUMNS } from "./statement-question/confirm-month"
import { resolveQuestion, type ResolveQuestionInput } from "./statement-question/resolve-question"

/**
 * The raw SQL of her month, confirmed or questioned: asking a question (once per Idempotency-Key),
 * resolving it once (a correction posted through the ledger's own reversal and adjustment rules,
 * or an answer), her confirmation, and the close's check for open questions, each inside the
 * caller's transaction. Registered in the module's container as `statementQuestionSqlRepository`.
 */
export class StatementQuestionSqlRepository {
  static readonly inserts: InsertShape[] = [
    {
      table: "statement_question",
      columns: STATEMENT_QUESTION_INSERT_COLUMNS,
      untouched: ["resolution", "answer_note", "resolved_by", "resolved_at", "correction_entry_ids", "created_at", "updated_at", "deleted_at"],
    },
    {
      table: "statement_confirmation",
      columns: STATEMENT_CONFIRMATION_INSERT_COLUMNS,
      untouched: ["created_at", "updated_at", "deleted_at"],
    },
  ]

  ask(manager: EntityManager, input: AskQuestionInput) {
    return askQuestion(manager, input)
  }

  resolve(manager: EntityManager, input: ResolveQuestionInput) {
    return resolveQuestion(manager, input)
  }

  confirm(manager: EntityManager, input: { artisan_id: string; period: string }) {
    return confirmMonth(manager, input)
  }

  openQuestionsBlockingClose(manager: EntityManager, input: { month: string; current_month: string }) {
    return openQuestionsBlockingClose(manager, input)
  }

  recordCloseReason(manager: EntityManager, month: string, reason: string) {
    return recordCloseReason(manager, month, reason)
  }
}
