import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { RecordPayoutInput } from "../modules/workshop/repositories/payout/record-payout"
import { recordPayoutStep } from "./steps/record-payout"

export const recordPayoutWorkflowId = "record-payout"

/**
 * A payout to a woman against her statement (at most what is still owed on it, once per
 * idempotency key); event `workshop.payout.recorded` `{ id }` once, never for a replay.
 */
export const recordPayoutWorkflow = createWorkflow(recordPayoutWorkflowId, (input: RecordPayoutInput) => {
  const result = recordPayoutStep(input)
  when({ result }, ({ result }) => result.status === "recorded").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.PAYOUT_RECORDED,
      data: transform({ result }, ({ result }) => ({ id: "payout" in result ? result.payout.id : null })),
    })
  })
  return new WorkflowResponse(result)
})
