import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { periodParam } from "../../month-param"

/**
 * GET /admin/periods/:period/payouts: each statement of the month with its pay state (unpaid,
 * partly paid, paid), what was paid and what is still owed, and its payouts; the payouts that
 * count, by method, with totals.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const month = periodParam(req)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  res.json(await service.periodPayouts(month))
}
