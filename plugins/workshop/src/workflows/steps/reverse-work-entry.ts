import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { ReverseWorkEntryInput } from "../../modules/workshop/repositories/work-batch/reverse-work-entry"

export const reverseWorkEntryStepId = "reverse-work-entry"

/** One transaction: the entry is marked reversed and its ledger entry reversed, once. */
export const reverseWorkEntryStep = createStep(reverseWorkEntryStepId, async (input: ReverseWorkEntryInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.reverseWorkEntry(input))
})
