import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateSkillExistsStep } from "./steps/validate-skill-exists"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"
import { createTrainingSessionStep, updateTrainingSessionStep, type TrainingSessionData } from "./steps/save-training-session"

export const createTrainingSessionWorkflowId = "create-training-session"

/** A training session: the skill it teaches must exist, and its workshop (none: open to every workshop). */
export const createTrainingSessionWorkflow = createWorkflow(createTrainingSessionWorkflowId, (input: WorkflowData<TrainingSessionData>) => {
  validateSkillExistsStep(transform({ input }, ({ input }) => ({ code: input.skill_code, field: "skill_code" })))
  validateWorkshopsExistStep(transform({ input }, ({ input }) => ({ workshop_ids: input.workshop_id ? [input.workshop_id] : [], field: "workshop_id" })))
  return new WorkflowResponse(createTrainingSessionStep(input))
})

export const updateTrainingSessionWorkflowId = "update-training-session"

/** Changes a session's details (the skill and workshop checked as on creation). */
export const updateTrainingSessionWorkflow = createWorkflow(
  updateTrainingSessionWorkflowId,
  (input: WorkflowData<{ id: string; update: Partial<TrainingSessionData> }>) => {
    validateSkillExistsStep(transform({ input }, ({ input }) => ({ code: input.update.skill_code, field: "skill_code" })))
    validateWorkshopsExistStep(
      transform({ input }, ({ input }) => ({ workshop_ids: input.update.workshop_id ? [input.update.workshop_id] : [], field: "workshop_id" }))
    )
    return new WorkflowResponse(updateTrainingSessionStep(input))
  }
)
