import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSkillStep, type CreateSkillInput } from "./steps/create-skill"

export const createSkillWorkflowId = "create-skill"

/** A craft skill the programme teaches and piece types can require (盘金 couching, 打籽 seed stitch). */
export const createSkillWorkflow = createWorkflow(createSkillWorkflowId, (input: WorkflowData<CreateSkillInput>) => {
  return new WorkflowResponse(createSkillStep(input))
})
