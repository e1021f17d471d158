import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { coordinatorWorkshopIds } from "../scope"
import type { CoordinatorListStatementsType } from "./validators"

/**
 * GET /coordinator/statements?period=YYYY-MM: the statements of her workshops for a closed month
 * (none while it is open), each with what is payable, paid and owed and its pay state.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period } = req.validatedQuery as CoordinatorListStatementsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const statements = await service.statementsWithPay({ workshop_ids: await coordinatorWorkshopIds(req), period })
  res.json({ period, statements })
}
