import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { payPeriodStep, type PayPeriodStepInput } from "./steps/pay-period"

export const payPeriodWorkflowId = "pay-period"

export const payPeriodWorkflow = createWorkflow(payPeriodWorkflowId, (input: PayPeriodStepInput) => {
  return new WorkflowResponse(payPeriodStep(input))
})
