import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPieceRateWorkflow } from "../../../../../workflows/add-piece-rate"
import { refetchPieceType } from "../../helpers"
import type { AdminPieceRateType } from "../../validators"

/**
 * POST /admin/piece-types/:id/rates: a new rate from a date on (rates are never edited; a second
 * rate on the same date is refused). Answers with the piece type, its rates and `current_rate`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPieceRateType>, res: MedusaResponse) => {
  await addPieceRateWorkflow(req.scope).run({
    input: { piece_type_id: req.params.id, ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(200).json({ piece_type: await refetchPieceType(req.params.id, req.scope, req.queryConfig.fields) })
}
