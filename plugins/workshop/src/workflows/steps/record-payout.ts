import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RecordPayoutInput } from "../../modules/workshop/repositories/payout/record-payout"

export const recordPayoutStepId = "record-payout"

/** One payout against a statement, in one transaction (the statement's row locked). */
export const recordPayoutStep = createStep(recordPayoutStepId, async (input: RecordPayoutInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.recordPayout(input))
})
