import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { AskQuestionInput } from "../../modules/workshop/repositories/statement-question/ask-question"

export const askStatementQuestionStepId = "ask-statement-question"

/** One transaction: the question is stored once per Idempotency-Key. */
export const askStatementQuestionStep = createStep(askStatementQuestionStepId, async (input: AskQuestionInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.askStatementQuestion(input))
})
