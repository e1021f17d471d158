import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { PieceRateData } from "./validate-piece-rates"

export type CreatePieceRateData = PieceRateData & { piece_type_id: string; created_by?: string | null }

export const createPieceRatesStepId = "create-piece-rates-step"

/** Creates piece rates; undone by deleting them. */
export const createPieceRatesStep = createStep(
  createPieceRatesStepId,
  async (data: CreatePieceRateData[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [])
    }
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    // the confirmation of a zero rate was checked before; it is no part of the rate
    const rates = await service.createPieceRates(data.map(({ confirm_zero: _confirmed, ...rate }) => rate))
    return new StepResponse(rates, rates.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deletePieceRates(ids)
  }
)
