import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import { payPeriodStep, type PayPeriodStepInput } from "./steps/pay-period"

export const payPeriodWorkflowId = "pay-period"

/**
 * A closed month is paid in one go: one payout per statement of what is still owed on it, and the
 * month marked paid; events `workshop.payouts.recorded` `{ ids }` (all its payouts, one event) and
 * `workshop.period.paid` `{ id: month }`, once.
 */
export const payPeriodWorkflow = createWorkflow(payPeriodWorkflowId, (input: PayPeriodStepInput) => {
  const result = payPeriodStep(input)
  when("payouts-recorded", { result }, ({ result }) => result.status === "paid" && result.payout_ids.length > 0).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.PAYOUTS_RECORDED,
      data: transform({ result }, ({ result }) => ({ ids: "payout_ids" in result ? result.payout_ids : [] })),
    }).config({ name: "emit-payouts-recorded" })
  })
  when({ result }, ({ result }) => result.status === "paid").then(() => {
    emitEventStep({ eventName: WorkshopEvents.PERIOD_PAID, data: transform({ result }, ({ result }) => ({ id: result.month })) })
  })
  return new WorkflowResponse(result)
})
