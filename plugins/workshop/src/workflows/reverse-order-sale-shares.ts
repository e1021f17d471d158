import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadSoldLinesStep } from "./steps/load-sold-lines"
import { reverseSaleSharesStep } from "./steps/reverse-sale-shares"

export const reverseOrderSaleSharesWorkflowId = "reverse-order-sale-shares"

/** A canceled order (or a refund of `fraction` of it): the makers' sale shares are reversed. */
export const reverseOrderSaleSharesWorkflow = createWorkflow(
  reverseOrderSaleSharesWorkflowId,
  (input: { order_id: string; reason_key: string; reason: string; fraction?: string }) => {
    const order = loadSoldLinesStep({ order_id: input.order_id })
    const stepInput = transform({ order, input }, ({ order, input }) => ({
      order,
      reason_key: input.reason_key,
      reason: input.reason,
      fraction: input.fraction,
    }))
    return new WorkflowResponse(reverseSaleSharesStep(stepInput))
  }
)
