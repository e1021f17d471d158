import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProductMakersStep, type SetProductMakersInput } from "./steps/set-product-makers"

export const setProductMakersWorkflowId = "set-product-makers"

/** Who made a product and the share of each sale credited to them. */
export const setProductMakersWorkflow = createWorkflow(setProductMakersWorkflowId, (input: SetProductMakersInput) => {
  return new WorkflowResponse(setProductMakersStep(input))
})
