import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { reverseWorkEntryWorkflow } from "../../../../../workflows/reverse-work-entry"
import { coordinatorWorkshopIds } from "../../../scope"
import type { CoordinatorReverseWorkEntryType } from "../../validators"
import { workshopMonth } from "../../../../../lib/clock"

/**
 * POST /coordinator/work-entries/:id/reverse { reason, confirm_period? }: the entry stays, its
 * money is reversed. When the entry's month is closed or paid, the correction lands in the current
 * month; that happens only when `confirm_period` names that month. Without it the answer is 409
 * `correction_needs_confirmation` with where the money would land, and nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorReverseWorkEntryType>, res: MedusaResponse) => {
  const { result } = await reverseWorkEntryWorkflow(req.scope).run({
    input: {
      work_entry_id: req.params.id,
      workshop_ids: await coordinatorWorkshopIds(req),
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      current_month: workshopMonth(),
      ask_before_late: true,
      confirm_period: req.validatedBody.confirm_period ?? null,
    },
  })
  if (result.status === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Work entry ${req.params.id} was not found`)
  }
  if (result.status === "already_reversed") {
    return res.status(409).json({ type: "conflict", message: "This work entry is already reversed" })
  }
  if (result.status === "needs_confirmation") {
    return res.status(409).json({
      type: "conflict",
      code: "correction_needs_confirmation",
      message: `${result.original_period} is ${result.original_status}: the correction of ${result.amount} would be taken back in ${result.period}. Send confirm_period: "${result.period}" to confirm.`,
      original_period: result.original_period,
      original_status: result.original_status,
      period: result.period,
      amount: result.amount,
    })
  }
  res.json(result)
}
