import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resetArtisanPasswordWorkflow } from "../../../../../workflows/reset-artisan-password"

/**
 * POST /admin/artisans/:id/reset-password: a new password for her (answered once, digits to read
 * out) and her login's lock lifted.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "artisan", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan with id: ${req.params.id} was not found`)
  }
  const { result } = await resetArtisanPasswordWorkflow(req.scope).run({ input: { artisan_id: data[0].id } })
  res.setHeader("Cache-Control", "no-store")
  res.json(result)
}
