import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { reasonNeedsLine, type QuestionReason } from "../../../../domain"

export type AskQuestionInput = {
  artisan_id: string
  period: string
  ledger_entry_id: string | null
  reason: QuestionReason
  note: string | null
  /** makes a retried request ask once */
  idempotency_key: string
  /** what was asked, so the same key with another question is refused */
  request_hash: string
}

export type AskQuestionResult =
  | { status: "opened" | "replayed"; question_id: string }
  | { status: "conflict"; question_id: string }
  | { status: "line_not_found" }
  | { status: "line_required" }
  | { status: "already_open"; question_id: string }
  | { status: "artisan_not_found" }

export const STATEMENT_QUESTION_INSERT_COLUMNS = [
  "id", "artisan_id", "workshop_id", "period", "ledger_entry_id", "reason", "note", "status", "dedupe_key", "request_hash",
]

/**
 * She questions one line of her month (it must be hers and of that month), or says work is
 * missing from it. Once per Idempotency-Key; a line with an open question isn't asked about twice.
 */
export async function askQuestion(manager: EntityManager, input: AskQuestionInput): Promise<AskQuestionResult> {
  const dedupeKey = `question:${input.artisan_id}:${input.idempotency_key}`
  const replay = async (): Promise<AskQuestionResult | null> => {
    const [existing] = (await manager.execute(`select id, request_hash from statement_question where dedupe_key = ? and deleted_at is null`, [dedupeKey])) as {
      id: string
      request_hash: string | null
    }[]
    if (!existing) return null
    return existing.request_hash === input.request_hash ? { status: "replayed", question_id: existing.id } : { status: "conflict", question_id: existing.id }
  }
  const replayed = await replay()
  if (replayed) return replayed

  const [artisan] = (await manager.execute(`select id, workshop_id from artisan where id = ? and deleted_at is null`, [input.artisan_id])) as {
    id: string
    workshop_id: string
  }[]
  if (!artisan) return { status: "artisan_not_found" }

  let workshopId = artisan.workshop_id
  if (input.ledger_entry_id) {
    const [line] = (await manager.execute(
      `select id, workshop_id from ledger_entry where id = ? and artisan_id = ? and period = ? and deleted_at is null`,
      [input.ledger_entry_id, input.artisan_id, input.period]
    )) as { id: string; workshop_id: string }[]
    if (!line) return { status: "line_not_found" }
    workshopId = line.workshop_id
    const [open] = (await manager.execute(
      `select id from statement_question where ledger_entry_id = ? and status = 'open' and deleted_at is null limit 1`,
      [line.id]
    )) as { id: string }[]
    if (open) return { status: "already_open", question_id: open.id }
  } else if (reasonNeedsLine(input.reason)) {
    return { status: "line_required" }
  }

  const [id] = entityIds("sq", 1)
  const inserted = (await manager.execute(
    `insert into statement_question (${STATEMENT_QUESTION_INSERT_COLUMNS.join(", ")})
     values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
     on conflict (dedupe_key) where deleted_at is null do nothing
     returning id`,
    [id, input.artisan_id, workshopId, input.period, input.ledger_entry_id, input.reason, input.note, dedupeKey, input.request_hash]
  )) as { id: string }[]
  if (!inserted.length) return (await replay())!
  return { status: "opened", question_id: inserted[0].id }
}
