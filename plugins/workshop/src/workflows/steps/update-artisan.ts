import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import { workshopToday } from "../../lib/clock"
import { artisanPhone, asArtisanRow, type CreateArtisanData } from "./create-artisan"

export type UpdateArtisanData = Partial<CreateArtisanData>

export type UpdateArtisanInput = { id: string; update: UpdateArtisanData }

export const updateArtisanStepId = "update-artisan-step"

/**
 * Updates one artisan (a new phone is stored in E.164) and returns her phone before and after, so
 * the workflow can move her login with it. Undone by writing back the fields it changed.
 */
export const updateArtisanStep = createStep(
  updateArtisanStepId,
  async ({ id, update }: UpdateArtisanInput, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = await service.retrieveArtisan(id)
    const data: UpdateArtisanData = update.phone === undefined ? { ...update } : { ...update, phone: artisanPhone(update.phone) }
    // Marked as left without a date: she left today (piecework dated after it is refused).
    if (data.status === "left" && data.left_on === undefined && !before.left_on) data.left_on = workshopToday()
    // Back at work: no leaving date any more.
    if (data.status && data.status !== "left" && data.left_on === undefined && before.left_on) data.left_on = null
    const previous = Object.fromEntries(Object.keys(data).map((key) => [key, before[key]]))
    const artisan = await service.updateArtisans({ id, ...asArtisanRow(data) })
    return new StepResponse(
      { artisan, previous_phone: before.phone as string },
      { id, previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<WorkshopModuleService>(WORKSHOP_MODULE)
      .updateArtisans({ id: undo.id, ...(undo.previous as ReturnType<typeof asArtisanRow>) })
  }
)
