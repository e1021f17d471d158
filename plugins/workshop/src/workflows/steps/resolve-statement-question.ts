import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { ResolveQuestionInput } from "../../modules/workshop/repositories/statement-question/resolve-question"

export const resolveStatementQuestionStepId = "resolve-statement-question"

/** One transaction (the question's row locked): resolved once, with its correction posted to the ledger. */
export const resolveStatementQuestionStep = createStep(resolveStatementQuestionStepId, async (input: ResolveQuestionInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.resolveStatementQuestion(input))
})
