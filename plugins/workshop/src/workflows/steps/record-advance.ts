import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RecordAdvanceInput } from "../../modules/workshop/repositories/advance/record-advance"

export const recordAdvanceStepId = "record-advance"

/** One advance to her, in one transaction. */
export const recordAdvanceStep = createStep(recordAdvanceStepId, async (input: RecordAdvanceInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.recordAdvance(input))
})
