import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCurrentRate } from "../../../lib/current-rate"
import { createPieceTypesWorkflow } from "../../../workflows/create-piece-types"
import { refetchPieceType } from "./helpers"
import type { AdminCreatePieceTypeType, AdminGetPieceTypesParamsType } from "./validators"

/** GET /admin/piece-types (filters: workshop_id, kind, is_active), each with its rates and `current_rate`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPieceTypesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "piece_type",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    piece_types: data.map((pieceType) => withCurrentRate(pieceType)),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}

/** POST /admin/piece-types: a piece type of a workshop, optionally with its first rate. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePieceTypeType>, res: MedusaResponse) => {
  const { result } = await createPieceTypesWorkflow(req.scope).run({
    input: { piece_types: [req.validatedBody], created_by: req.auth_context.actor_id },
  })
  res.status(200).json({ piece_type: await refetchPieceType(result[0].id, req.scope, req.queryConfig.fields) })
}
