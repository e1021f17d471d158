import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { postAdjustmentWorkflow } from "../../../workflows/post-adjustment"
import type { AdminAdjustmentsQueryType, AdminCreateAdjustmentType } from "./validators"
import { workshopMonth } from "../../../lib/clock"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/**
 * GET /admin/adjustments?workshop_id=&period=&limit=&offset=: bonuses and deductions, newest
 * first, each with her name, month, kind, amount (as entered, positive) and reason.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminAdjustmentsQueryType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const adjustments = await service.recentAdjustments({
    workshop_id: query.workshop_id,
    period: query.period,
    limit: query.limit,
    offset: query.offset,
  })
  res.json({ adjustments, limit: query.limit, offset: query.offset })
}

/**
 * POST /admin/adjustments { artisan_id, kind, amount, reason, period? }: a bonus or deduction.
 * An `Idempotency-Key` header makes a repeated click post once.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const key = req.get("idempotency-key") || crypto.randomUUID()
  const { result } = await postAdjustmentWorkflow(req.scope).run({
    input: {
      artisan_id: body.artisan_id,
      kind: body.kind,
      amount: body.amount,
      reason: body.reason,
      period: body.period ?? workshopMonth(),
      actor_id: req.auth_context.actor_id,
      idempotency_key: `${req.auth_context.actor_id}:${key}`,
    },
  })
  if (result.status === "artisan_not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${body.artisan_id} was not found`)
  }
  if (result.status === "period_closed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${result.period} is closed: post the adjustment into an open month`)
  }
  res.status(result.status === "posted" ? 201 : 200).json(result)
}
