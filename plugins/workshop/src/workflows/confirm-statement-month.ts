import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmStatementMonthStep } from "./steps/confirm-statement-month"

export const confirmStatementMonthWorkflowId = "confirm-statement-month"

/** She confirms a month as right, once; confirming again answers the first confirmation. */
export const confirmStatementMonthWorkflow = createWorkflow(confirmStatementMonthWorkflowId, (input: { artisan_id: string; period: string }) => {
  return new WorkflowResponse(confirmStatementMonthStep(input))
})
