import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { ResolveQuestionInput } from "../modules/workshop/repositories/statement-question/resolve-question"
import { resolveStatementQuestionStep } from "./steps/resolve-statement-question"

export const resolveStatementQuestionWorkflowId = "resolve-statement-question"

/**
 * A coordinator or the staff resolve her question once: with an answer, or with a correction (the
 * line's work entry reversed and/or an adjustment posted, by the same rules as a reversal and an
 * adjustment made on their own). After commit: `workshop.work_entry.reversed` and
 * `workshop.adjustment.posted` for what the correction posted, then
 * `workshop.statement_question.resolved` `{ id }`. A second resolve writes and emits nothing.
 */
export const resolveStatementQuestionWorkflow = createWorkflow(resolveStatementQuestionWorkflowId, (input: ResolveQuestionInput) => {
  const result = resolveStatementQuestionStep(input)
  when({ result }, ({ result }) => result.status === "resolved" && !!result.reversal).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.WORK_ENTRY_REVERSED,
      data: transform({ result }, ({ result }) => ({ id: result.status === "resolved" ? result.reversal?.work_entry_id ?? null : null })),
    }).config({ name: "emit-question-reversal" })
  })
  when({ result }, ({ result }) => result.status === "resolved" && !!result.adjustment).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.ADJUSTMENT_POSTED,
      data: transform({ result }, ({ result }) => ({ id: result.status === "resolved" ? result.adjustment?.ledger_entry_id ?? null : null })),
    }).config({ name: "emit-question-adjustment" })
  })
  when({ result }, ({ result }) => result.status === "resolved").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.STATEMENT_QUESTION_RESOLVED,
      data: transform({ result }, ({ result }) => ({ id: "question_id" in result ? result.question_id : null })),
    }).config({ name: "emit-question-resolved" })
  })
  return new WorkflowResponse(result)
})
