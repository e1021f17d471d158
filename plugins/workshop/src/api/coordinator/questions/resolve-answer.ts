import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { resolveStatementQuestionWorkflow } from "../../../workflows/resolve-statement-question"
import { workshopMonth } from "../../../lib/clock"
import type { ResolveStatementQuestionType } from "./validators"

/**
 * Resolves a question for the desk (`workshop_ids`: hers) or the admin (null: all) and answers
 * `{ question, reversal, adjustment }`. Resolving one already resolved is a 409 carrying the
 * question as it was resolved: never a second correction.
 */
export async function resolveAndAnswer(
  scope: MedusaContainer,
  res: MedusaResponse,
  input: { question_id: string; workshop_ids: string[] | null; actor_id: string; body: ResolveStatementQuestionType }
) {
  const { body } = input
  const { result } = await resolveStatementQuestionWorkflow(scope).run({
    input: {
      question_id: input.question_id,
      workshop_ids: input.workshop_ids,
      actor_id: input.actor_id,
      current_month: workshopMonth(),
      resolution: body.resolution,
      note: body.note,
      reverse_entry: !!body.reverse_entry,
      adjustment: body.adjustment ?? null,
    },
  })
  if (result.status === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement question ${input.question_id} was not found`)
  }
  const service: WorkshopModuleService = scope.resolve(WORKSHOP_MODULE)
  const {
    questions: [question],
  } = await service.listStatementQuestionDetails({ ids: [result.question_id] })
  switch (result.status) {
    case "already_resolved":
      return res.status(409).json({ type: "conflict", message: "这个疑问已经处理过了 / This question is already resolved", question })
    case "line_already_reversed":
      return res.status(409).json({
        type: "conflict",
        field: "reverse_entry",
        message: "reverse_entry: 这一行已经冲正过了 / this line is already reversed: post an adjustment or answer instead",
        question,
      })
    case "not_reversible":
      return res.status(400).json({
        type: "invalid_data",
        field: "reverse_entry",
        message: "reverse_entry: 只有计件记录可以冲正，请改用调整 / only a work line can be reversed: post an adjustment instead",
      })
    case "resolved":
      return res.status(200).json({ question, reversal: result.reversal, adjustment: result.adjustment })
  }
}
