import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const retrieveArtisanLoginStepId = "retrieve-artisan-login-step"

/** Her id, workshop and the phone number she logs in with (E.164). Reads only. */
export const retrieveArtisanLoginStep = createStep(
  retrieveArtisanLoginStepId,
  async ({ artisan_id }: { artisan_id: string }, { container }) => {
    const artisan = await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).retrieveArtisan(artisan_id)
    return new StepResponse({ id: artisan.id as string, workshop_id: artisan.workshop_id as string, phone: artisan.phone as string })
  }
)
