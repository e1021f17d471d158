import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { RecordPayoutFailureInput } from "../modules/workshop/repositories/payout/record-payout"
import { recordPayoutFailureStep } from "./steps/record-payout-failure"

export const recordPayoutFailureWorkflowId = "record-payout-failure"

/**
 * A payout came back: recorded as its own fact, its amount owed again; event
 * `workshop.payout.failed` `{ id }` (the payout) once, never when it was already recorded.
 */
export const recordPayoutFailureWorkflow = createWorkflow(recordPayoutFailureWorkflowId, (input: RecordPayoutFailureInput) => {
  const result = recordPayoutFailureStep(input)
  when({ result }, ({ result }) => result.status === "failed").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.PAYOUT_FAILED,
      data: transform({ result }, ({ result }) => ({ id: "payout" in result ? result.payout.id : null })),
    })
  })
  return new WorkflowResponse(result)
})
