import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resetArtisanPasswordWorkflow } from "../../../../../workflows/reset-artisan-password"
import { assertCoordinatorWorkshop } from "../../../scope"

/**
 * POST /coordinator/artisans/:id/reset-password: a woman of her workshops forgot her password or
 * locked her login; she gets a new password (answered once, to read out) and her lock is lifted.
 * A woman of another workshop is 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "artisan", fields: ["id", "workshop_id"], filters: { id: req.params.id } })
  await assertCoordinatorWorkshop(req, data[0]?.workshop_id, `Artisan with id: ${req.params.id} was not found`)
  const { result } = await resetArtisanPasswordWorkflow(req.scope).run({ input: { artisan_id: data[0].id } })
  res.setHeader("Cache-Control", "no-store")
  res.json(result)
}
