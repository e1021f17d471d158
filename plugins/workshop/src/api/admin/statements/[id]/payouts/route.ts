import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordPayoutWorkflow } from "../../../../../workflows/record-payout"
import { idempotencyKeyOf, missingIdempotencyKey } from "../../../../common-validators"
import { workshopToday } from "../../../../../lib/clock"
import { payoutDay } from "../../../../../domain"
import type { AdminCreatePayoutType } from "../../validators"

/**
 * POST /admin/statements/:id/payouts { method, amount, reference?, paid_on? } with an
 * Idempotency-Key header: a payout to her against this statement, at most what is still owed on
 * it. The same key records once (a replay answers 200 with what was recorded); with another body
 * it is a 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse) => {
  const key = idempotencyKeyOf(req.get("idempotency-key"))
  if (!key) {
    return res.status(400).json(missingIdempotencyKey("payout"))
  }
  const body = req.validatedBody
  const paidOn = payoutDay("paid_on", body.paid_on, workshopToday())
  if ("error" in paidOn) return res.status(400).json({ type: "invalid_data", field: "paid_on", message: paidOn.error })
  const asked = { statement_id: req.params.id, method: body.method, amount: body.amount, reference: body.reference ?? null, paid_on: body.paid_on ?? null }
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: {
      ...asked,
      paid_on: paidOn.day,
      actor_id: req.auth_context.actor_id,
      idempotency_key: key,
      request_hash: crypto.createHash("sha256").update(JSON.stringify(asked)).digest("hex"),
    },
  })
  switch (result.status) {
    case "statement_not_found":
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found`)
    case "conflict":
      return res.status(409).json({ type: "conflict", message: `Idempotency-Key was already used for another payout (${result.payout_id})` })
    case "over_owed":
      return res.status(400).json({
        type: "invalid_data",
        field: "amount",
        message: `amount: 这份结算单还欠 ${result.statement.owed} 元 / at most ${result.statement.owed} is still owed on this statement`,
        statement: result.statement,
      })
    case "replayed":
      res.setHeader("Idempotent-Replayed", "true")
      return res.status(200).json({ payout: result.payout, statement: result.statement })
    case "recorded":
      return res.status(201).json({ payout: result.payout, statement: result.statement })
  }
}
