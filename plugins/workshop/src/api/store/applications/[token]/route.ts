import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { STATUS_TOKEN_SHAPE } from "../../openings/validators"

/**
 * GET /store/applications/:token: her private status link. Only that application's status and
 * which opening it is for; not her details, not anyone else's. A token that matches nothing (or
 * was replaced by a later application) is a 404.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = req.params.token
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const application = STATUS_TOKEN_SHAPE.test(token) ? await service.applicationByToken(token) : null
  if (!application) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Application was not found")
  res.json({ application })
}
