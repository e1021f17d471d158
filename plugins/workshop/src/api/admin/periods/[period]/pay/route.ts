import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payPeriodWorkflow } from "../../../../../workflows/pay-period"
import { periodParam } from "../../month-param"
import type { AdminPayPeriodType } from "../../validators"
import { workshopNow } from "../../../../../lib/clock"

/** POST /admin/periods/:period/pay { payment_reference, paid_at? }: marks a closed month paid. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPayPeriodType>, res: MedusaResponse) => {
  const month = periodParam(req)
  const { result } = await payPeriodWorkflow(req.scope).run({
    input: {
      month,
      actor_id: req.auth_context.actor_id,
      payment_reference: req.validatedBody.payment_reference,
      paid_at: req.validatedBody.paid_at ?? workshopNow().toISOString(),
    },
  })
  if (result.status === "not_closed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${month} is not closed yet: close it before marking it paid`)
  }
  if (result.status === "conflict") {
    return res.status(409).json({ type: "conflict", message: `${month} was already paid with reference ${result.payment_reference}` })
  }
  res.json(result)
}
