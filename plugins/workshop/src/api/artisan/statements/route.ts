import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/** GET /artisan/statements: her frozen monthly statements, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const statements = await service.listStatements({ artisan_id: req.auth_context.actor_id }, { order: { period: "DESC" } })
  res.json({ statements })
}
