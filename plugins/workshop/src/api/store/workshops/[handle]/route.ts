import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { storeWorkshopFields } from "../query-config"
import { publicMaker } from "../../makers/public-maker"

/**
 * GET /store/workshops/:handle: one active workshop with its makers who consented to a public
 * profile, and the ids of the products its makers made (the shop loads those products itself,
 * with its region's prices).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "workshop",
    fields: storeWorkshopFields,
    filters: { handle: req.params.handle, is_active: true },
  })
  const workshop = data[0]
  if (!workshop) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Workshop ${req.params.handle} was not found`)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const artisans = await service.listArtisans(
    { workshop_id: workshop.id, public_profile: true, status: ["active", "paused"] },
    { order: { display_name: "ASC" } }
  )
  const makers = await service.listProductMakers({ artisan_id: await allArtisanIds(service, workshop.id) }, { relations: ["share"] })
  const productIds = [...new Set(makers.map((m) => m.share.product_id))]
  res.json({ workshop: { ...workshop, makers: artisans.map((a) => publicMaker(a, workshop)), product_ids: productIds } })
}

async function allArtisanIds(service: WorkshopModuleService, workshopId: string) {
  return (await service.listArtisans({ workshop_id: workshopId }, { select: ["id"] })).map((a) => a.id)
}
