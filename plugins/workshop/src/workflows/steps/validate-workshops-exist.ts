import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type ValidateWorkshopsExistInput = {
  workshop_ids: string[]
  /** The request field the ids came from, named in the error. */
  field: string
}

export const validateWorkshopsExistStepId = "validate-workshops-exist-step"

/** Refuses (400, naming the field) any workshop id that does not exist. Writes nothing. */
export const validateWorkshopsExistStep = createStep(
  validateWorkshopsExistStepId,
  async ({ workshop_ids, field }: ValidateWorkshopsExistInput, { container }) => {
    const ids = [...new Set(workshop_ids)]
    if (!ids.length) {
      return new StepResponse(void 0)
    }
    const workshops = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const found = await workshops.listWorkshops({ id: ids }, { select: ["id"] })
    const known = new Set(found.map((w) => w.id))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: 工坊不存在 / no workshop with id ${missing.join(", ")}`
      )
    }
    return new StepResponse(void 0)
  }
)
