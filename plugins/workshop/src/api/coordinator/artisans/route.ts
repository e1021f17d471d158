import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorWorkshopFilter } from "../scope"
import type { CoordinatorGetArtisansParamsType } from "./validators"

/** GET /coordinator/artisans: the women of her workshops only (filters: workshop_id, status, q). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, CoordinatorGetArtisansParamsType>,
  res: MedusaResponse
) => {
  const { workshop_id, ...filters } = req.filterableFields as CoordinatorGetArtisansParamsType
  const workshopIds = await coordinatorWorkshopFilter(req, workshop_id)
  if (!workshopIds.length) {
    res.json({ artisans: [], count: 0, offset: req.queryConfig.pagination?.skip ?? 0, limit: req.queryConfig.pagination?.take ?? 0 })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: artisans, metadata } = await query.graph({
    entity: "artisan",
    fields: req.queryConfig.fields,
    filters: { ...filters, workshop_id: workshopIds },
    pagination: { ...req.queryConfig.pagination, order: { display_name: "ASC" } },
  })
  res.json({ artisans, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
