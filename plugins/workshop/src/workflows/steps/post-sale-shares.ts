import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"

import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { SoldOrder } from "./load-sold-lines"
import { workshopMonth } from "../../lib/clock"

export const postSaleSharesStepId = "post-sale-shares"

/**
 * Credits the makers of each sold line, once per line item and maker (unique dedupe key: a
 * redelivered or concurrent event changes nothing). One transaction; nothing to compensate.
 */
export const postSaleSharesStep = createStep(postSaleSharesStepId, async (order: SoldOrder | null, { container }) => {
  if (!order || order.status === "canceled") return new StepResponse({ posted: 0, ledger_entry_ids: [] as string[] })
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(
    await service.postSaleShares({ order: { id: order.id, display_id: order.display_id }, lines: order.lines, current_month: workshopMonth() })
  )
})
