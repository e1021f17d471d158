import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/**
 * GET /artisan/payouts: her own payouts (newest first, a failed one marked with why), her advances
 * and what her statements recovered of them, and where she stands across months (earned, paid,
 * advanced, balance = earned − paid − advanced = owed + carried − advance_outstanding); her payout
 * details, masked.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { payouts, advances, ...standing } = await service.artisanPayouts(req.auth_context.actor_id)
  // what only staff need stays out of her view
  // her payout details come masked from the module, like everywhere but the admin's edit screen
  res.json({
    ...standing,
    payouts: payouts.map(({ recorded_by: _by, failure, ...p }) => ({ ...p, failure: failure && { reason: failure.reason, failed_on: failure.failed_on } })),
    advances: { ...advances, advances: advances.advances.map(({ recorded_by: _by, ...a }) => a) },
  })
}
