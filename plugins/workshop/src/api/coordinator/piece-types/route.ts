import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCurrentRate } from "../../../lib/current-rate"
import { coordinatorWorkshopFilter } from "../scope"
import type { CoordinatorGetPieceTypesParamsType } from "./validators"

/**
 * GET /coordinator/piece-types: the active piece types of her workshops, each with its rate
 * history (newest first) and `current_rate`, the rate in force today in China.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, CoordinatorGetPieceTypesParamsType>,
  res: MedusaResponse
) => {
  const { workshop_id } = req.filterableFields as CoordinatorGetPieceTypesParamsType
  const workshopIds = await coordinatorWorkshopFilter(req, workshop_id)
  if (!workshopIds.length) {
    res.json({ piece_types: [], count: 0, offset: req.queryConfig.pagination?.skip ?? 0, limit: req.queryConfig.pagination?.take ?? 0 })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "piece_type",
    fields: req.queryConfig.fields,
    filters: { workshop_id: workshopIds, is_active: true },
    pagination: { ...req.queryConfig.pagination, order: { code: "ASC" } },
  })
  res.json({
    piece_types: data.map((pieceType) => withCurrentRate(pieceType)),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}
