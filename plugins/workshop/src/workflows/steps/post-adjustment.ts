import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { AdjustmentInput } from "../../modules/workshop/repositories/ledger/adjustments"

export const postAdjustmentStepId = "post-adjustment"

export const postAdjustmentStep = createStep(postAdjustmentStepId, async (input: AdjustmentInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.postAdjustment(input))
})
