import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { RecordAdvanceInput } from "../modules/workshop/repositories/advance/record-advance"
import { recordAdvanceStep } from "./steps/record-advance"

export const recordAdvanceWorkflowId = "record-advance"

/**
 * An advance paid to her ahead of her earnings (once per idempotency key), recovered from her next
 * statements as they are frozen; event `workshop.advance.recorded` `{ id }` once, never for a replay.
 */
export const recordAdvanceWorkflow = createWorkflow(recordAdvanceWorkflowId, (input: RecordAdvanceInput) => {
  const result = recordAdvanceStep(input)
  when({ result }, ({ result }) => result.status === "recorded").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.ADVANCE_RECORDED,
      data: transform({ result }, ({ result }) => ({ id: "advance" in result ? result.advance.id : null })),
    })
  })
  return new WorkflowResponse(result)
})
