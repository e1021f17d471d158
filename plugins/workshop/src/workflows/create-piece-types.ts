import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPieceRatesStep } from "./steps/create-piece-rates"
import { createPieceTypesStep, type CreatePieceTypeData } from "./steps/create-piece-types"
import { validatePieceRatesStep, type PieceRateData } from "./steps/validate-piece-rates"
import { validatePieceTypesStep } from "./steps/validate-piece-types"
import { validateSkillExistsStep } from "./steps/validate-skill-exists"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"

export type CreatePieceTypesWorkflowInput = {
  /** Each piece type, optionally with its first rate. */
  piece_types: (CreatePieceTypeData & { rate?: PieceRateData })[]
  /** Who sets the rates (an admin user id). */
  created_by?: string | null
}

export const createPieceTypesWorkflowId = "create-piece-types"

/** Creates piece types of a workshop, each optionally with its first rate. */
export const createPieceTypesWorkflow = createWorkflow(
  createPieceTypesWorkflowId,
  (input: WorkflowData<CreatePieceTypesWorkflowInput>) => {
    const checks = transform({ input }, ({ input }) => ({
      workshops: { workshop_ids: input.piece_types.map((p) => p.workshop_id), field: "workshop_id" },
      rates: { rates: input.piece_types.flatMap((p) => (p.rate ? [p.rate] : [])) },
      pieceTypes: input.piece_types.map(({ rate, ...pieceType }) => pieceType),
      skills: { codes: input.piece_types.map((p) => p.required_skill), field: "required_skill" },
    }))
    validateSkillExistsStep(checks.skills)
    validateWorkshopsExistStep(checks.workshops)
    validatePieceTypesStep(checks.pieceTypes)
    validatePieceRatesStep(checks.rates)

    const pieceTypes = createPieceTypesStep(checks.pieceTypes)

    const rates = transform({ input, pieceTypes }, ({ input, pieceTypes }) =>
      input.piece_types.flatMap((p, i) =>
        p.rate ? [{ ...p.rate, piece_type_id: pieceTypes[i].id, created_by: input.created_by ?? null }] : []
      )
    )
    createPieceRatesStep(rates)

    return new WorkflowResponse(pieceTypes)
  }
)
