import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closePeriodStep } from "./steps/close-period"

export const closePeriodWorkflowId = "close-period"

export const closePeriodWorkflow = createWorkflow(
  closePeriodWorkflowId,
  (input: { month: string; actor_id: string; current_month: string }) => {
    return new WorkflowResponse(closePeriodStep(input))
  }
)
