import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const confirmStatementMonthStepId = "confirm-statement-month"

/** Her confirmation of a month, once (the net she saw kept with it). */
export const confirmStatementMonthStep = createStep(
  confirmStatementMonthStepId,
  async (input: { artisan_id: string; period: string }, { container }) => {
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    return new StepResponse(await service.confirmStatementMonth(input))
  }
)
