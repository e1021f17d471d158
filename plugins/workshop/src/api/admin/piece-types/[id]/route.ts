import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePieceTypeWorkflow } from "../../../../workflows/update-piece-type"
import { refetchPieceType } from "../helpers"
import type { AdminUpdatePieceTypeType } from "../validators"

/** GET /admin/piece-types/:id, with its rates and `current_rate`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ piece_type: await refetchPieceType(req.params.id, req.scope, req.queryConfig.fields) })
}

/** POST /admin/piece-types/:id: names, code, active or not. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePieceTypeType>, res: MedusaResponse) => {
  await updatePieceTypeWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ piece_type: await refetchPieceType(req.params.id, req.scope, req.queryConfig.fields) })
}
