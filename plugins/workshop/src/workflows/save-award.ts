import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAwardStep, deleteAwardStep, updateAwardStep, type AwardData } from "./steps/save-award"
import { validateAwardSubjectStep } from "./steps/validate-award-subject"

export const createAwardWorkflowId = "create-award"

/** A contest award given to a product, a maker or a workshop (shown as a badge on its pages). */
export const createAwardWorkflow = createWorkflow(createAwardWorkflowId, (input: WorkflowData<AwardData>) => {
  validateAwardSubjectStep(transform({ input }, ({ input }) => ({ subject_type: input.subject_type, subject_id: input.subject_id })))
  return new WorkflowResponse(createAwardStep(input))
})

export const updateAwardWorkflowId = "update-award"

/** Corrects an award's details. */
export const updateAwardWorkflow = createWorkflow(updateAwardWorkflowId, (input: WorkflowData<{ id: string; update: Partial<AwardData> }>) => {
  validateAwardSubjectStep(
    transform({ input }, ({ input }) => ({ award_id: input.id, subject_type: input.update.subject_type, subject_id: input.update.subject_id }))
  )
  return new WorkflowResponse(updateAwardStep(input))
})

export const deleteAwardWorkflowId = "delete-award"

/** Withdraws an award (staff only). */
export const deleteAwardWorkflow = createWorkflow(deleteAwardWorkflowId, (input: WorkflowData<{ id: string }>) => {
  return new WorkflowResponse(deleteAwardStep(input))
})
