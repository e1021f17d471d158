import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payPeriodWorkflow } from "../../../../../workflows/pay-period"
import { periodParam } from "../../month-param"
import type { AdminPayPeriodType } from "../../validators"
import { workshopNow } from "../../../../../lib/clock"

/**
 * POST /admin/periods/:period/pay { payment_reference, paid_at?, method? }: the shortcut "the whole
 * month was paid with one reference": one payout (bank transfer unless `method` says otherwise) per
 * statement of what is still owed on it, and the month marked paid.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPayPeriodType>, res: MedusaResponse) => {
  const month = periodParam(req)
  const { result } = await payPeriodWorkflow(req.scope).run({
    input: {
      month,
      actor_id: req.auth_context.actor_id,
      payment_reference: req.validatedBody.payment_reference,
      paid_at: req.validatedBody.paid_at ?? workshopNow().toISOString(),
      method: req.validatedBody.method,
    },
  })
  if (result.status === "not_closed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${month} is not closed yet: close it before marking it paid`)
  }
  if (result.status === "conflict") {
    return res.status(409).json({ type: "conflict", message: `${month} was already paid with reference ${result.payment_reference}` })
  }
  // the payouts' ids went out as events; the answer keeps its fields (status, month, statements, payment_reference)
  const { payout_ids: _ids, ...answer } = result as typeof result & { payout_ids?: string[] }
  res.json(answer)
}
