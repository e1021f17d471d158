import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import { slipWithoutStaffFields } from "../../../../../modules/workshop/reports/pay-slip"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { coordinatorWorkshopIds } from "../../../scope"

/**
 * GET /coordinator/statements/:id/slip: the pay slip of a woman of her workshops, to print and
 * hand out; a statement of another workshop answers 404.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const slip = await service.paySlip(req.params.id, { workshop_ids: await coordinatorWorkshopIds(req) })
  if (!slip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found`)
  res.json({ slip: slipWithoutStaffFields(slip) })
}
