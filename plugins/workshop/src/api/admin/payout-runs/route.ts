import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { notClosed } from "./helpers"
import type { AdminPayoutRunQueryType } from "./validators"

/**
 * GET /admin/payout-runs?period=YYYY-MM|owed: the statements of a closed month (or of every closed
 * month) with something still owed, grouped by the method of her payout details (`none`: no
 * details kept), each group with its count and total; details masked.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period } = req.validatedQuery as AdminPayoutRunQueryType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const run = await service.payoutRun(period)
  if ("status" in run) return res.status(400).json(notClosed(run.month))
  res.json(run)
}
