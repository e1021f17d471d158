import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveAndAnswer } from "../../../../coordinator/questions/resolve-answer"
import type { ResolveStatementQuestionType } from "../../../../coordinator/questions/validators"

/** POST /admin/questions/:id/resolve: the same body as the desk's; any workshop's question, resolved once. */
export const POST = async (req: AuthenticatedMedusaRequest<ResolveStatementQuestionType>, res: MedusaResponse) => {
  return resolveAndAnswer(req.scope, res, {
    question_id: req.params.id,
    workshop_ids: null,
    actor_id: req.auth_context.actor_id,
    body: req.validatedBody,
  })
}
