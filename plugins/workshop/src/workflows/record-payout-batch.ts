import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { BatchPayoutLine } from "../modules/workshop/repositories/payout/record-payouts"
import { recordPayoutBatchStep } from "./steps/record-payout-batch"

export const recordPayoutBatchWorkflowId = "record-payout-batch"

/**
 * A batch of payouts (a payout run's results file) in one transaction; events
 * `workshop.payouts.recorded` `{ ids }` with the payouts written and `workshop.payouts.failed`
 * `{ ids }` with those that came back, one of each for the whole batch (a city's month is 12,000
 * payouts), never for a replayed line.
 */
export const recordPayoutBatchWorkflow = createWorkflow(recordPayoutBatchWorkflowId, (input: { actor_id: string; lines: BatchPayoutLine[] }) => {
  const result = recordPayoutBatchStep(input)
  when({ result }, ({ result }) => result.recorded_ids.length > 0).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.PAYOUTS_RECORDED,
      data: transform({ result }, ({ result }) => ({ ids: result.recorded_ids })),
    }).config({ name: "emit-payouts-recorded" })
  })
  when({ result }, ({ result }) => result.failed_ids.length > 0).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.PAYOUTS_FAILED,
      data: transform({ result }, ({ result }) => ({ ids: result.failed_ids })),
    }).config({ name: "emit-payouts-failed" })
  })
  return new WorkflowResponse(result)
})
