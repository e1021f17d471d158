import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/**
 * GET /artisan/payouts: her own payouts (newest first, a failed one marked with why) and what she
 * is owed across months: earned (her closed months) − paid; her payout details, masked.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { payout_details, payouts, earned, paid, owed } = await service.artisanPayouts(req.auth_context.actor_id)
  // what only staff need stays out of her view
  // her payout details come masked from the module, like everywhere but the admin's edit screen
  res.json({ payout_details, payouts: payouts.map(({ recorded_by: _by, failure, ...p }) => ({ ...p, failure: failure && { reason: failure.reason, failed_on: failure.failed_on } })), earned, paid, owed })
}
