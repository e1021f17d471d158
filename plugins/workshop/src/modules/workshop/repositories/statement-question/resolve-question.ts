import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { postAdjustment } from "../ledger/adjustments"
import { latePostingMonth } from "../period/period-locks"
import { reverseWorkEntry } from "../work-batch/reverse-work-entry"

export type ResolveQuestionInput = {
  question_id: string
  /** the workshops the caller may act on; null for programme staff (all) */
  workshop_ids: string[] | null
  actor_id: string
  current_month: string
  resolution: "answer" | "correction"
  /** the answer she reads; the reason written on the correction's ledger entries */
  note: string
  /** correction: reverse the line she questioned */
  reverse_entry?: boolean
  /** correction: a bonus or deduction (positive amount) */
  adjustment?: { kind: "bonus" | "deduction"; amount: string } | null
}

export type ResolveQuestionResult =
  | {
      status: "resolved"
      question_id: string
      resolution: "answer" | "correction"
      /** the reversal posted, when the line was reversed */
      reversal: { work_entry_id: string; ledger_entry_id: string | null; period: string } | null
      /** the adjustment posted */
      adjustment: { ledger_entry_id: string; period: string } | null
    }
  | { status: "not_found" }
  | { status: "already_resolved"; question_id: string }
  | { status: "not_reversible"; question_id: string }
  | { status: "line_already_reversed"; question_id: string }

/**
 * Resolves an open question, once, in one transaction (its row locked): with an answer (no money),
 * or with a correction posted by the ledger's own rules — the work entry reversed as a coordinator
 * reverses one (its money lands in the line's month if still open, else in the current month), and/or
 * an adjustment into the question's month if open, else the current month. Nothing is edited.
 */
export async function resolveQuestion(manager: EntityManager, input: ResolveQuestionInput): Promise<ResolveQuestionResult> {
  const [question] = (await manager.execute(
    `select id, artisan_id, workshop_id, period, ledger_entry_id, status from statement_question where id = ? and deleted_at is null for update`,
    [input.question_id]
  )) as { id: string; artisan_id: string; workshop_id: string; period: string; ledger_entry_id: string | null; status: string }[]
  if (!question || (input.workshop_ids && !input.workshop_ids.includes(question.workshop_id))) return { status: "not_found" }
  if (question.status !== "open") return { status: "already_resolved", question_id: question.id }

  let reversal: { work_entry_id: string; ledger_entry_id: string | null; period: string } | null = null
  let adjustment: { ledger_entry_id: string; period: string } | null = null
  if (input.resolution === "correction") {
    if (input.reverse_entry) {
      const [line] = question.ledger_entry_id
        ? ((await manager.execute(`select source_type, source_id, kind from ledger_entry where id = ?`, [question.ledger_entry_id])) as {
            source_type: string
            source_id: string
            kind: string
          }[])
        : []
      if (!line || line.source_type !== "work_entry" || line.kind !== "piecework") return { status: "not_reversible", question_id: question.id }
      const reversed = await reverseWorkEntry(manager, {
        work_entry_id: line.source_id,
        workshop_ids: null,
        reason: input.note,
        actor_id: input.actor_id,
        current_month: input.current_month,
      })
      if (reversed.status === "already_reversed") return { status: "line_already_reversed", question_id: question.id }
      if (reversed.status !== "reversed") return { status: "not_reversible", question_id: question.id }
      reversal = { work_entry_id: reversed.work_entry_id, ledger_entry_id: reversed.reversal_ledger_entry_id, period: reversed.period }
    }
    if (input.adjustment) {
      const period = await latePostingMonth(manager, question.period, input.current_month)
      const posted = await postAdjustment(manager, {
        artisan_id: question.artisan_id,
        kind: input.adjustment.kind,
        amount: input.adjustment.amount,
        reason: input.note,
        period,
        actor_id: input.actor_id,
        idempotency_key: `question:${question.id}`,
      })
      if (posted.status !== "posted" && posted.status !== "replayed") {
        throw new Error(`The adjustment for question ${question.id} could not be posted (${posted.status})`)
      }
      adjustment = { ledger_entry_id: posted.ledger_entry_id, period }
    }
  }
  const correctionIds = [reversal?.ledger_entry_id, adjustment?.ledger_entry_id].filter((id): id is string => !!id)
  await manager.execute(
    `update statement_question
        set status = 'resolved', resolution = ?, answer_note = ?, resolved_by = ?, resolved_at = now(),
            correction_entry_ids = ?::jsonb, updated_at = now()
      where id = ?`,
    [input.resolution, input.note, input.actor_id, JSON.stringify(correctionIds), question.id]
  )
  return { status: "resolved", question_id: question.id, resolution: input.resolution, reversal, adjustment }
}
