import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import { slipWithoutStaffFields } from "../../../../../modules/workshop/reports/pay-slip"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"

/**
 * GET /artisan/statements/:id/slip: one of her statements as a pay slip (lines by kind, totals,
 * what is payable, paid and owed, her payouts). Another woman's statement answers 404, like one
 * that doesn't exist.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const slip = await service.paySlip(req.params.id, { artisan_id: req.auth_context.actor_id })
  if (!slip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found`)
  res.json({ slip: slipWithoutStaffFields(slip) })
}
