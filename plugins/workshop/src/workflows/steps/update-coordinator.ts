import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type UpdateCoordinatorInput = {
  id: string
  update: { name?: string; phone?: string | null; workshop_ids?: string[] }
}

export const updateCoordinatorStepId = "update-coordinator-step"

type CoordinatorFields = { name?: string; phone?: string | null; workshops?: string[] }

/**
 * Updates one coordinator; `workshop_ids` replaces the workshops she coordinates. Undone by
 * writing back her previous name, phone and workshops.
 */
export const updateCoordinatorStep = createStep(
  updateCoordinatorStepId,
  async ({ id, update }: UpdateCoordinatorInput, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = await service.retrieveCoordinator(id, { relations: ["workshops"] })
    const { workshop_ids, ...fields } = update
    const data: CoordinatorFields = { ...fields, ...(workshop_ids ? { workshops: workshop_ids } : {}) }
    const previous: CoordinatorFields = {
      ...Object.fromEntries(Object.keys(fields).map((key) => [key, before[key]])),
      ...(workshop_ids ? { workshops: (before.workshops ?? []).map((w) => w.id) } : {}),
    }
    const coordinator = await service.updateCoordinators({ id, ...data })
    return new StepResponse(coordinator, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<WorkshopModuleService>(WORKSHOP_MODULE)
      .updateCoordinators({ id: undo.id, ...undo.previous })
  }
)
