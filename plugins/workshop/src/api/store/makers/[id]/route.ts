import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { publicMaker } from "../public-maker"

/** GET /store/makers/:id: a maker's public profile, only with her consent (otherwise 404). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const [artisan] = await service.listArtisans(
    { id: req.params.id, public_profile: true, status: ["active", "paused"] },
    { relations: ["workshop", "product_makers", "product_makers.share"] }
  )
  if (!artisan || !artisan.workshop.is_active) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${req.params.id} was not found`)
  }
  res.json({
    maker: {
      ...publicMaker(artisan, artisan.workshop),
      product_ids: [...new Set(artisan.product_makers.map((m) => m.share.product_id))],
    },
  })
}
