import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createArtisanWorkflow } from "../../../workflows/create-artisan"
import { refetchArtisan } from "./helpers"
import type { AdminCreateArtisanType, AdminGetArtisansParamsType } from "./validators"

/** GET /admin/artisans (filters: workshop_id, status, q on display name). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetArtisansParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: artisans, metadata } = await query.graph({
    entity: "artisan",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ artisans, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** POST /admin/artisans: register an artisan and her phone + password login. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateArtisanType>, res: MedusaResponse) => {
  const { password, ...artisan } = req.validatedBody
  const { result } = await createArtisanWorkflow(req.scope).run({ input: { artisan, password } })
  res.status(200).json({ artisan: await refetchArtisan(result.id, req.scope, req.queryConfig.fields) })
}
