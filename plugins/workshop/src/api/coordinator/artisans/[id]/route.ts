import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorWorkshopIds } from "../../scope"

/** GET /coordinator/artisans/:id: one woman of her workshops; 404 for anyone else. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const workshopIds = await coordinatorWorkshopIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = workshopIds.length
    ? await query.graph({
        entity: "artisan",
        fields: req.queryConfig.fields,
        filters: { id: req.params.id, workshop_id: workshopIds },
      })
    : { data: [] }
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan with id: ${req.params.id} was not found`)
  }
  res.json({ artisan: data[0] })
}
