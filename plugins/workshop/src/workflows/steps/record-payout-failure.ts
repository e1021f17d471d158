import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RecordPayoutFailureInput } from "../../modules/workshop/repositories/payout/record-payout"

export const recordPayoutFailureStepId = "record-payout-failure"

/** The fact that a payout came back, in one transaction. */
export const recordPayoutFailureStep = createStep(recordPayoutFailureStepId, async (input: RecordPayoutFailureInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.recordPayoutFailure(input))
})
