import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
    const pieceType = updatePieceTypeStep(input)
    return new WorkflowResponse(pieceType)
  }
)
