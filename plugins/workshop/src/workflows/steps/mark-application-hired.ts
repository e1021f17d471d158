import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const markApplicationHiredStepId = "mark-application-hired-step"

/**
 * Marks the application hired with her new artisan record (its row locked; only from contacted or
 * trial, and only once). When it was hired meanwhile this step fails, and the workflow removes
 * the artisan and the login it had just made. The last step: nothing after it can fail.
 */
export const markApplicationHiredStep = createStep(
  markApplicationHiredStepId,
  async (input: { application_id: string; artisan_id: string; actor_id: string; note: string | null }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const result = await service.markApplicationHired(input)
    if (!result.hired) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `application: 已录用或状态已变 / already hired, or no longer contacted or on trial (${result.status})`
      )
    }
    return new StepResponse({ application_id: input.application_id, artisan_id: input.artisan_id })
  }
)
