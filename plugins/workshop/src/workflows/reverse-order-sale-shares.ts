import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import { loadSoldLinesStep } from "./steps/load-sold-lines"
import { reverseSaleSharesStep, type RefundOfOrder } from "./steps/reverse-sale-shares"

export const reverseOrderSaleSharesWorkflowId = "reverse-order-sale-shares"

/**
 * A canceled order (or a refund of part of it): the makers' sale shares are reversed. Event
 * `workshop.sale_share.reversed`, one `{ id }` per reversal entry written (none when nothing was left).
 */
export const reverseOrderSaleSharesWorkflow = createWorkflow(
  reverseOrderSaleSharesWorkflowId,
  (input: { order_id: string; reason_key: string; reason: string; canceled?: boolean; refund?: RefundOfOrder | null }) => {
    const order = loadSoldLinesStep({ order_id: input.order_id })
    const stepInput = transform({ order, input }, ({ order, input }) => ({
      order,
      reason_key: input.reason_key,
      reason: input.reason,
      canceled: input.canceled ?? false,
      refund: input.refund ?? null,
    }))
    const result = reverseSaleSharesStep(stepInput)
    when({ result }, ({ result }) => result.ledger_entry_ids.length > 0).then(() => {
      emitEventStep({
        eventName: WorkshopEvents.SALE_SHARE_REVERSED,
        data: transform({ result }, ({ result }) => result.ledger_entry_ids.map((id) => ({ id }))),
      })
    })
    return new WorkflowResponse(result)
  }
)
