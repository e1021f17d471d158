import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadSoldLinesStep } from "./steps/load-sold-lines"
import { postSaleSharesStep } from "./steps/post-sale-shares"

export const creditOrderMakersWorkflowId = "credit-order-makers"

/** When an order is placed: each line of a product with makers credits its makers' sale share. */
export const creditOrderMakersWorkflow = createWorkflow(creditOrderMakersWorkflowId, (input: { order_id: string }) => {
  const order = loadSoldLinesStep(input)
  return new WorkflowResponse(postSaleSharesStep(order))
})
