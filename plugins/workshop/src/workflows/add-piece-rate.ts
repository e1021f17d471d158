import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPieceRatesStep, type CreatePieceRateData } from "./steps/create-piece-rates"
import { validatePieceRatesStep } from "./steps/validate-piece-rates"

export type AddPieceRateWorkflowInput = CreatePieceRateData

export const addPieceRateWorkflowId = "add-piece-rate"

/**
 * Adds a rate to a piece type from a date on. Rates are never edited: a change is a new rate from
 * a later date, so work already recorded keeps the rate it was paid at. A second rate for the
 * same piece type and date is refused.
 */
export const addPieceRateWorkflow = createWorkflow(
  addPieceRateWorkflowId,
  (input: WorkflowData<AddPieceRateWorkflowInput>) => {
    const rates = transform({ input }, ({ input }) => [input])
    validatePieceRatesStep(transform({ rates }, ({ rates }) => ({ rates })))
    const created = createPieceRatesStep(rates)
    const rate = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(rate)
  }
)
