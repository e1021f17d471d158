import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdjustmentInput } from "../modules/workshop/ledger/adjustments"
import { postAdjustmentStep } from "./steps/post-adjustment"

export const postAdjustmentWorkflowId = "post-adjustment"

/** A bonus or a deduction, with its reason, into an open month. */
export const postAdjustmentWorkflow = createWorkflow(postAdjustmentWorkflowId, (input: AdjustmentInput) => {
  return new WorkflowResponse(postAdjustmentStep(input))
})
