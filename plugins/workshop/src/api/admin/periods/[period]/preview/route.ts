import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { sumMoney } from "../../../../../domain"
import { periodParam } from "../../month-param"

/** GET /admin/periods/:period/preview: the totals closing the month would freeze (writes nothing). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const month = periodParam(req)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const artisans = await service.closePreview(month)
  res.json({ month, artisans, net_total: sumMoney(artisans.map((a) => a.net)), artisan_count: artisans.length })
}
