import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"

/**
 * GET /admin/statements/:id/slip: any statement as a pay slip, each payout with who recorded it.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const slip = await service.paySlip(req.params.id)
  if (!slip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found`)
  res.json({ slip })
}
