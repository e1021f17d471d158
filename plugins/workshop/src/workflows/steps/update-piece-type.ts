import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type UpdatePieceTypeData = {
  code?: string
  name_zh?: string
  name_en?: string
  is_active?: boolean
  required_skill?: string | null
  product_variant_id?: string | null
}

export type UpdatePieceTypeInput = { id: string; update: UpdatePieceTypeData }

export const updatePieceTypeStepId = "update-piece-type-step"

/** Updates one piece type; undone by writing back the fields it changed. */
export const updatePieceTypeStep = createStep(
  updatePieceTypeStepId,
  async ({ id, update }: UpdatePieceTypeInput, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = await service.retrievePieceType(id)
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key]]))
    const pieceType = await service.updatePieceTypes({ id, ...update })
    return new StepResponse(pieceType, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<WorkshopModuleService>(WORKSHOP_MODULE)
      .updatePieceTypes({ id: undo.id, ...undo.previous })
  }
)
