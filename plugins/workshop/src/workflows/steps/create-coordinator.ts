import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type CreateCoordinatorData = {
  email: string
  name: string
  phone?: string | null
  workshop_ids: string[]
}

export const createCoordinatorStepId = "create-coordinator-step"

/** Creates one coordinator with the workshops she coordinates; undone by deleting her. */
export const createCoordinatorStep = createStep(
  createCoordinatorStepId,
  async ({ workshop_ids, ...data }: CreateCoordinatorData, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const coordinator = await service.createCoordinators({ ...data, workshops: workshop_ids })
    return new StepResponse(coordinator, coordinator.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteCoordinators(id)
  }
)
