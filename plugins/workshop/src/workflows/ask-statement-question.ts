import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { AskQuestionInput } from "../modules/workshop/repositories/statement-question/ask-question"
import { askStatementQuestionStep } from "./steps/ask-statement-question"

export const askStatementQuestionWorkflowId = "ask-statement-question"

/**
 * She questions a line of her month (or says work is missing), once per Idempotency-Key; event
 * `workshop.statement_question.opened` `{ id }` once, never for a replay.
 */
export const askStatementQuestionWorkflow = createWorkflow(askStatementQuestionWorkflowId, (input: AskQuestionInput) => {
  const result = askStatementQuestionStep(input)
  when({ result }, ({ result }) => result.status === "opened").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.STATEMENT_QUESTION_OPENED,
      data: transform({ result }, ({ result }) => ({ id: "question_id" in result ? result.question_id : null })),
    })
  })
  return new WorkflowResponse(result)
})
