import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import { addMonths } from "../../../domain"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import type { ArtisanGetEarningsType } from "./validators"
import { workshopMonth } from "../../../lib/clock"

/**
 * GET /artisan/earnings?from=YYYY-MM&to=YYYY-MM: the signed-in artisan's monthly totals by kind
 * (default: the last 12 months), each with its statement state (open, closed, paid).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as ArtisanGetEarningsType
  const to = q.to ?? workshopMonth()
  const from = q.from ?? addMonths(to, -11)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const months = await service.artisanMonthlyTotals(req.auth_context.actor_id, from, to)
  res.json({ from, to, currency_code: "cny", months })
}
