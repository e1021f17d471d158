import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AwardLevel, AwardSubject } from "../../domain"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type AwardData = {
  contest_zh: string
  contest_en: string
  year: number
  level: AwardLevel
  category_zh?: string | null
  category_en?: string | null
  subject_type: AwardSubject
  subject_id: string
}

export const createAwardStepId = "create-award-step"

/** Records an award; undone by deleting it. */
export const createAwardStep = createStep(
  createAwardStepId,
  async (input: AwardData, { container }) => {
    const award = await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).createAwards(input)
    return new StepResponse(award, award.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteAwards(id)
  }
)

export const updateAwardStepId = "update-award-step"

/** Corrects an award; undone by writing back the fields it changed. */
export const updateAwardStep = createStep(
  updateAwardStepId,
  async ({ id, update }: { id: string; update: Partial<AwardData> }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = (await service.retrieveAward(id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key]]))
    const award = await service.updateAwards({ id, ...update })
    return new StepResponse(award, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).updateAwards({ id: undo.id, ...undo.previous })
  }
)

export const deleteAwardStepId = "delete-award-step"

/** Withdraws an award (soft delete); undone by restoring it. */
export const deleteAwardStep = createStep(
  deleteAwardStepId,
  async ({ id }: { id: string }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    await service.retrieveAward(id)
    await service.softDeleteAwards(id)
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).restoreAwards(id)
  }
)
