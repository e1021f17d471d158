import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /store/workshops: the workshops that are active, for the shop. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: workshops, metadata } = await query.graph({
    entity: "workshop",
    fields: req.queryConfig.fields,
    filters: { is_active: true },
    pagination: { ...req.queryConfig.pagination, order: { name_en: "ASC" } },
  })
  res.json({
    workshops,
    count: metadata?.count ?? workshops.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? workshops.length,
  })
}
