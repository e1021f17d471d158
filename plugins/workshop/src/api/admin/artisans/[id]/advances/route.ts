import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { recordAdvanceWorkflow } from "../../../../../workflows/record-advance"
import { idempotencyKeyOf, missingIdempotencyKey } from "../../../../common-validators"
import { workshopToday } from "../../../../../lib/clock"
import { payoutDay } from "../../../../../domain"
import type { AdminCreateAdvanceType } from "../../advance-validators"

async function artisanExists(service: WorkshopModuleService, id: string) {
  const [artisan] = await service.listArtisans({ id }, { select: ["id"], take: 1 })
  if (!artisan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${id} was not found`)
}

/** GET /admin/artisans/:id/advances: her advances, what her statements recovered, what is outstanding. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  await artisanExists(service, req.params.id)
  res.json(await service.artisanAdvances(req.params.id))
}

/**
 * POST /admin/artisans/:id/advances { method, amount, reason, reference?, paid_on? } with an
 * Idempotency-Key header: money paid to her ahead of her earnings, recovered from her next
 * statements (never more than a month leaves her). The same key records once (a replay answers
 * 200 with what was recorded); with another body it is a 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdvanceType>, res: MedusaResponse) => {
  const key = idempotencyKeyOf(req.get("idempotency-key"))
  if (!key) {
    return res.status(400).json(missingIdempotencyKey("advance"))
  }
  const body = req.validatedBody
  const paidOn = payoutDay("paid_on", body.paid_on, workshopToday())
  if ("error" in paidOn) return res.status(400).json({ type: "invalid_data", field: "paid_on", message: paidOn.error })
  const asked = {
    artisan_id: req.params.id,
    method: body.method,
    amount: body.amount,
    reason: body.reason,
    reference: body.reference ?? null,
    paid_on: body.paid_on ?? null,
  }
  const { result } = await recordAdvanceWorkflow(req.scope).run({
    input: {
      ...asked,
      paid_on: paidOn.day,
      actor_id: req.auth_context.actor_id,
      idempotency_key: key,
      request_hash: crypto.createHash("sha256").update(JSON.stringify(asked)).digest("hex"),
    },
  })
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  switch (result.status) {
    case "artisan_not_found":
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${req.params.id} was not found`)
    case "conflict":
      return res.status(409).json({ type: "conflict", message: `Idempotency-Key was already used for another advance (${result.advance_id})` })
    case "replayed":
      res.setHeader("Idempotent-Replayed", "true")
      return res.status(200).json({ advance: result.advance, advances: await service.artisanAdvances(req.params.id) })
    case "recorded":
      return res.status(201).json({ advance: result.advance, advances: await service.artisanAdvances(req.params.id) })
  }
}
