import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const createOpeningStepId = "create-opening-step"

/** Creates an opening; undone by deleting it. */
export const createOpeningStep = createStep(
  createOpeningStepId,
  async (data: Record<string, unknown>, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    // the validators gave the fields their types; the factory's overloads want the model's own
    const [opening] = await service.createOpenings([data] as never[])
    return new StepResponse(opening, opening.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteOpenings(id)
  }
)

export const updateOpeningStepId = "update-opening-step"

/** Updates an opening; undone by writing back what it was. */
export const updateOpeningStep = createStep(
  updateOpeningStepId,
  async (data: { id: string } & Record<string, unknown>, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = await service.retrieveOpening(data.id)
    const [opening] = await service.updateOpenings([data] as never[])
    return new StepResponse(opening, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...row } = before as Record<string, unknown>
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).updateOpenings([row] as never[])
  }
)
