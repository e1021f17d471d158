import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import { loadSoldLinesStep } from "./steps/load-sold-lines"
import { postSaleSharesStep } from "./steps/post-sale-shares"

export const creditOrderMakersWorkflowId = "credit-order-makers"

/**
 * When an order is placed: each line of a product with makers credits its makers' sale share.
 * Event `workshop.sale_share.credited`, one `{ id }` per ledger entry written (none on redelivery).
 */
export const creditOrderMakersWorkflow = createWorkflow(creditOrderMakersWorkflowId, (input: { order_id: string }) => {
  const order = loadSoldLinesStep(input)
  const result = postSaleSharesStep(order)
  when({ result }, ({ result }) => result.ledger_entry_ids.length > 0).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.SALE_SHARE_CREDITED,
      data: transform({ result }, ({ result }) => result.ledger_entry_ids.map((id) => ({ id }))),
    })
  })
  return new WorkflowResponse(result)
})
