import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createWorkshopsStep, type CreateWorkshopData } from "./steps/create-workshops"

export type CreateWorkshopsWorkflowInput = { workshops: CreateWorkshopData[] }

export const createWorkshopsWorkflowId = "create-workshops"

/** Creates workshops (the handle must be unused). */
export const createWorkshopsWorkflow = createWorkflow(
  createWorkshopsWorkflowId,
  (input: WorkflowData<CreateWorkshopsWorkflowInput>) => {
    const workshops = createWorkshopsStep(input.workshops)
    return new WorkflowResponse(workshops)
  }
)
