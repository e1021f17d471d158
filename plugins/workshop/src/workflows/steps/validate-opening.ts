import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const validateOpeningStepId = "validate-opening-step"

/**
 * An opening's workshop exists (or, for an update, the opening does: its workshop is then its
 * own), and its work is piece types of that workshop. 400 naming the field, 404 for a missing
 * opening. Writes nothing.
 */
export const validateOpeningStep = createStep(
  validateOpeningStepId,
  async (input: { opening_id?: string; workshop_id?: string; piece_type_ids?: string[] }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    let workshopId = input.workshop_id
    if (input.opening_id) {
      const [opening] = await service.listOpenings({ id: input.opening_id }, { select: ["id", "workshop_id"] })
      if (!opening) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Opening ${input.opening_id} was not found`)
      workshopId = opening.workshop_id
    } else {
      const [workshop] = await service.listWorkshops({ id: workshopId }, { select: ["id"] })
      if (!workshop) throw new MedusaError(MedusaError.Types.INVALID_DATA, `workshop_id: 工坊不存在 / no workshop ${workshopId}`)
    }
    if (input.piece_type_ids?.length) {
      const found = await service.listPieceTypes({ id: input.piece_type_ids, workshop_id: workshopId }, { select: ["id"] })
      const known = new Set(found.map((p) => p.id))
      const missing = input.piece_type_ids.filter((id) => !known.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `piece_type_ids: 不是这个工坊的计件类型 / not piece types of this workshop: ${missing.join(", ")}`
        )
      }
    }
    return new StepResponse(workshopId!)
  }
)
