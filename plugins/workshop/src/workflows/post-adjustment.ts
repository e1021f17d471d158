import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { AdjustmentInput } from "../modules/workshop/repositories/ledger/adjustments"
import { postAdjustmentStep } from "./steps/post-adjustment"

export const postAdjustmentWorkflowId = "post-adjustment"

/** A bonus or a deduction, with its reason, into an open month; event `workshop.adjustment.posted` `{ id }` once. */
export const postAdjustmentWorkflow = createWorkflow(postAdjustmentWorkflowId, (input: AdjustmentInput) => {
  const result = postAdjustmentStep(input)
  when({ result }, ({ result }) => result.status === "posted").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.ADJUSTMENT_POSTED,
      data: transform({ result }, ({ result }) => ({ id: "ledger_entry_id" in result ? result.ledger_entry_id : null })),
    })
  })
  return new WorkflowResponse(result)
})
