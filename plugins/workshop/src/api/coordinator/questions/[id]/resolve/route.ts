import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorWorkshopIds } from "../../../scope"
import { resolveAndAnswer } from "../../resolve-answer"
import type { ResolveStatementQuestionType } from "../../validators"

/**
 * POST /coordinator/questions/:id/resolve { resolution: "answer", note } |
 * { resolution: "correction", reverse_entry?: true, adjustment?: { kind, amount }, note }:
 * a question of a woman of her workshops, resolved once (another workshop's: 404).
 */
export const POST = async (req: AuthenticatedMedusaRequest<ResolveStatementQuestionType>, res: MedusaResponse) => {
  return resolveAndAnswer(req.scope, res, {
    question_id: req.params.id,
    workshop_ids: await coordinatorWorkshopIds(req),
    actor_id: req.auth_context.actor_id,
    body: req.validatedBody,
  })
}
