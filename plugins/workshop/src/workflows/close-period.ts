import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import { closePeriodStep } from "./steps/close-period"

export const closePeriodWorkflowId = "close-period"

/** A month is closed and its statements frozen; event `workshop.period.closed` `{ id: month }` once. */
export const closePeriodWorkflow = createWorkflow(
  closePeriodWorkflowId,
  (input: { month: string; actor_id: string; current_month: string; reason?: string | null }) => {
    const result = closePeriodStep(input)
    when({ result }, ({ result }) => result.status === "closed").then(() => {
      emitEventStep({ eventName: WorkshopEvents.PERIOD_CLOSED, data: transform({ result }, ({ result }) => ({ id: result.month })) })
    })
    return new WorkflowResponse(result)
  }
)
