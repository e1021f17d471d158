import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import type { AdminSetPayoutDetailsType } from "../../validators"

/**
 * Her payout details, whole: the one admin route (the screen that edits them) that answers them
 * unmasked. Every other answer (her own payouts, a month's payout list) shows them masked. Never
 * logged; answered with `Cache-Control: no-store`.
 */

async function artisanOrNotFound(id: string, scope: MedusaContainer) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "artisan", fields: ["id"], filters: { id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan with id: ${id} was not found`)
  return data[0].id as string
}

const shown = (d: Awaited<ReturnType<WorkshopModuleService["payoutDetailsOfArtisan"]>>) =>
  d && { artisan_id: d.artisan_id, method: d.method, account_name: d.account_name, account: d.account, bank_name: d.bank_name, updated_by: d.updated_by, updated_at: d.updated_at }

/** GET /admin/artisans/:id/payout-details: hers, unmasked (null when none are kept yet). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisanId = await artisanOrNotFound(req.params.id, req.scope)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  res.setHeader("Cache-Control", "no-store")
  res.json({ payout_details: shown(await service.payoutDetailsOfArtisan(artisanId)) })
}

/** POST /admin/artisans/:id/payout-details: sets them (created the first time, replaced after). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetPayoutDetailsType>, res: MedusaResponse) => {
  const artisanId = await artisanOrNotFound(req.params.id, req.scope)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { method, account_name, account, bank_name } = req.validatedBody
  const saved = await service.setPayoutDetails({
    artisan_id: artisanId,
    actor_id: req.auth_context.actor_id,
    method,
    account_name,
    account: account ?? null,
    bank_name: bank_name ?? null,
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({ payout_details: shown(saved) })
}
