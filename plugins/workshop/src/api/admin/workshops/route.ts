import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkshopsWorkflow } from "../../../workflows/create-workshops"
import { refetchWorkshop } from "./helpers"
import type { AdminCreateWorkshopType, AdminGetWorkshopsParamsType } from "./validators"

/** GET /admin/workshops: all workshops, active or not (filters: id, handle, is_active). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetWorkshopsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: workshops, metadata } = await query.graph({
    entity: "workshop",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ workshops, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** POST /admin/workshops: create a workshop. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateWorkshopType>, res: MedusaResponse) => {
  const { result } = await createWorkshopsWorkflow(req.scope).run({ input: { workshops: [req.validatedBody] } })
  const workshop = await refetchWorkshop(result[0].id, req.scope, req.queryConfig.fields)
  res.status(200).json({ workshop })
}
