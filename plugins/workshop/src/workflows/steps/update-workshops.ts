import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { CreateWorkshopData } from "./create-workshops"

export type UpdateWorkshopData = { id: string } & Partial<CreateWorkshopData>

export const updateWorkshopsStepId = "update-workshops-step"

/** Updates workshops; undone by writing back the fields it changed. */
export const updateWorkshopsStep = createStep(
  updateWorkshopsStepId,
  async (updates: UpdateWorkshopData[], { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = await service.listWorkshops({ id: updates.map((u) => u.id) })
    const previous = updates.map((update) => {
      const old = before.find((w) => w.id === update.id)
      return Object.fromEntries(Object.keys(update).map((key) => [key, old?.[key]])) as UpdateWorkshopData
    })
    const workshops = await service.updateWorkshops(updates)
    return new StepResponse(workshops, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).updateWorkshops(previous)
  }
)
