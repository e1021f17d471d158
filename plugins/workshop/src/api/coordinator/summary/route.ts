import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"

import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { coordinatorWorkshopIds } from "../scope"
import { workshopMonth } from "../../../lib/clock"

/** GET /coordinator/summary?month=YYYY-MM: per artisan of her workshops, that month's output and money. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const month = (req.validatedQuery as { month?: string }).month ?? workshopMonth()
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const workshopIds = await coordinatorWorkshopIds(req)
  const [artisans, [period]] = await Promise.all([
    service.workshopMonthSummary(workshopIds, month),
    service.listPeriods({ month }),
  ])
  res.json({ month, status: period?.status ?? "open", artisans })
}
