import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import { currentMonth } from "../../modules/workshop/lib/calendar"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { SoldOrder } from "./load-sold-lines"

export const reverseSaleSharesStepId = "reverse-sale-shares"

export type ReverseSaleSharesStepInput = { order: SoldOrder | null; reason_key: string; reason: string; fraction?: string }

/** Posts reversing entries for an order's sale shares (cancel: all; refund: the refunded fraction). */
export const reverseSaleSharesStep = createStep(reverseSaleSharesStepId, async (input: ReverseSaleSharesStepInput, { container }) => {
  if (!input.order) return new StepResponse({ reversed: 0 })
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(
    await service.reverseSaleShares({
      line_item_ids: input.order.lines.map((l) => l.line_item_id),
      reason_key: input.reason_key,
      reason: input.reason,
      fraction: input.fraction,
      current_month: currentMonth(),
    })
  )
})
