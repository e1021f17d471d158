import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { PieceTypeKind } from "./validate-piece-types"

export type CreatePieceTypeData = {
  workshop_id: string
  code: string
  name_zh: string
  name_en: string
  kind?: PieceTypeKind
  product_variant_id?: string | null
  is_active?: boolean
  /** the skill (a skill's code) a woman needs for a line of it */
  required_skill?: string | null
}

export const createPieceTypesStepId = "create-piece-types-step"

/** Creates piece types; undone by deleting them. */
export const createPieceTypesStep = createStep(
  createPieceTypesStepId,
  async (data: CreatePieceTypeData[], { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const pieceTypes = await service.createPieceTypes(data)
    return new StepResponse(pieceTypes, pieceTypes.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deletePieceTypes(ids)
  }
)
