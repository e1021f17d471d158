import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import { payPeriodStep, type PayPeriodStepInput } from "./steps/pay-period"

export const payPeriodWorkflowId = "pay-period"

/** A closed month is marked paid; event `workshop.period.paid` `{ id: month }` once. */
export const payPeriodWorkflow = createWorkflow(payPeriodWorkflowId, (input: PayPeriodStepInput) => {
  const result = payPeriodStep(input)
  when({ result }, ({ result }) => result.status === "paid").then(() => {
    emitEventStep({ eventName: WorkshopEvents.PERIOD_PAID, data: transform({ result }, ({ result }) => ({ id: result.month })) })
  })
  return new WorkflowResponse(result)
})
