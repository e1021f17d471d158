import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { publicOpenings } from "../public-opening"

/** GET /store/openings/:id: one opening (open or closed), as the shop shows it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const openings = await service.listOpenings({ id: req.params.id })
  const [opening] = await publicOpenings(req, openings)
  if (!opening) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Opening ${req.params.id} was not found`)
  res.json({ opening })
}
