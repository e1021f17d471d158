import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { BatchPayoutLine } from "../../modules/workshop/repositories/payout/record-payouts"

export const recordPayoutBatchStepId = "record-payout-batch"

/** A batch of payouts in one transaction (its statements' rows locked). */
export const recordPayoutBatchStep = createStep(
  recordPayoutBatchStepId,
  async (input: { actor_id: string; lines: BatchPayoutLine[] }, { container }) => {
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    return new StepResponse(await service.recordPayoutBatch(input))
  }
)
