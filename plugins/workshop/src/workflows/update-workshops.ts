import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateWorkshopsStep, type UpdateWorkshopData } from "./steps/update-workshops"

export type UpdateWorkshopsWorkflowInput = { updates: UpdateWorkshopData[] }

export const updateWorkshopsWorkflowId = "update-workshops"

/** Updates workshops: names, places, stories, whether they are active. */
export const updateWorkshopsWorkflow = createWorkflow(
  updateWorkshopsWorkflowId,
  (input: WorkflowData<UpdateWorkshopsWorkflowInput>) => {
    const workshops = updateWorkshopsStep(input.updates)
    return new WorkflowResponse(workshops)
  }
)
