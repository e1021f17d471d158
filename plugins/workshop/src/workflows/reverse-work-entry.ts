import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReverseWorkEntryInput } from "../modules/workshop/work/reverse-work-entry"
import { reverseWorkEntryStep } from "./steps/reverse-work-entry"

export const reverseWorkEntryWorkflowId = "reverse-work-entry"

export const reverseWorkEntryWorkflow = createWorkflow(reverseWorkEntryWorkflowId, (input: ReverseWorkEntryInput) => {
  return new WorkflowResponse(reverseWorkEntryStep(input))
})
