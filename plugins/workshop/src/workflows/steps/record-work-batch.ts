import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RecordWorkBatchInput } from "../../modules/workshop/repositories/work-batch/record-work-batch"

export const recordWorkBatchStepId = "record-work-batch"

/**
 * Writes the whole batch (work entries and their ledger entries) in one database transaction,
 * or nothing. Nothing to compensate: it is the workflow's only writing step, and ledger entries
 * are never deleted (a correction is a reversal).
 */
export const recordWorkBatchStep = createStep(recordWorkBatchStepId, async (input: RecordWorkBatchInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.recordWorkBatch(input))
})
