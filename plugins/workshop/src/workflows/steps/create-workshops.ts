import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type CreateWorkshopData = {
  handle: string
  name_zh: string
  name_en: string
  city_zh: string
  city_en: string
  district_zh?: string | null
  district_en?: string | null
  story_zh?: string | null
  story_en?: string | null
  founded_year?: number | null
  is_active?: boolean
}

export const createWorkshopsStepId = "create-workshops-step"

/** Creates workshops; undone by deleting them. */
export const createWorkshopsStep = createStep(
  createWorkshopsStepId,
  async (data: CreateWorkshopData[], { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const workshops = await service.createWorkshops(data)
    return new StepResponse(workshops, workshops.map((w) => w.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteWorkshops(ids)
  }
)
