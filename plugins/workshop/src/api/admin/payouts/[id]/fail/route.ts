import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordPayoutFailureWorkflow } from "../../../../../workflows/record-payout-failure"
import { workshopToday } from "../../../../../lib/clock"
import { payoutDay } from "../../../../../domain"
import type { AdminFailPayoutType } from "../../validators"

/**
 * POST /admin/payouts/:id/fail { reason, failed_on? }: the transfer came back. Recorded as a fact
 * of its own (the payout is never edited); its amount is owed again. Twice changes nothing (200).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminFailPayoutType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const failedOn = payoutDay("failed_on", body.failed_on, workshopToday())
  if ("error" in failedOn) return res.status(400).json({ type: "invalid_data", field: "failed_on", message: failedOn.error })
  const { result } = await recordPayoutFailureWorkflow(req.scope).run({
    input: { payout_id: req.params.id, reason: body.reason, failed_on: failedOn.day, actor_id: req.auth_context.actor_id },
  })
  if (result.status === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${req.params.id} was not found`)
  }
  res.status(result.status === "failed" ? 201 : 200).json({ failure: result.failure, payout: result.payout, statement: result.statement })
}
