import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { closePeriodWorkflow } from "../../../../../workflows/close-period"
import { periodParam } from "../../month-param"
import { workshopMonth } from "../../../../../lib/clock"

/** POST /admin/periods/:period/close: freezes the month's statements. Closing twice changes nothing. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const month = periodParam(req)
  const { result } = await closePeriodWorkflow(req.scope).run({
    input: { month, actor_id: req.auth_context.actor_id, current_month: workshopMonth() },
  })
  if (result.status === "not_over") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${month} has not ended yet: a month can be closed from the 1st of the next month`)
  }
  res.json(result)
}
