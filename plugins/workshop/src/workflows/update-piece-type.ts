import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateSkillExistsStep } from "./steps/validate-skill-exists"
import { updatePieceTypeStep, type UpdatePieceTypeInput } from "./steps/update-piece-type"

export type UpdatePieceTypeWorkflowInput = UpdatePieceTypeInput

export const updatePieceTypeWorkflowId = "update-piece-type"

/**
 * Renames a piece type, changes its code, or (de)activates it. What it is (task or product
 * variant) stays: a different kind of work is a new piece type, so recorded work keeps its meaning.
 */
export const updatePieceTypeWorkflow = createWorkflow(
  updatePieceTypeWorkflowId,
  (input: WorkflowData<UpdatePieceTypeWorkflowInput>) => {
    // a required skill must be one the programme teaches (else no woman could ever be credited)
    validateSkillExistsStep(transform({ input }, ({ input }) => ({ code: input.update.required_skill, field: "required_skill" })))
    const pieceType = updatePieceTypeStep(input)
    return new WorkflowResponse(pieceType)
  }
)
