import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { ReversalPortion } from "../../modules/workshop/repositories/ledger/sale-shares"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import { workshopMonth } from "../../lib/clock"
import type { SoldOrder } from "./load-sold-lines"

export const reverseSaleSharesStepId = "reverse-sale-shares"

/** A refund: its amount, the order's total, and the lines it is for when it names them. */
export type RefundOfOrder = {
  amount: string
  order_total: string
  /** refunded line items and how many of each; without them the refund is spread pro rata */
  line_items?: { line_item_id: string; quantity: number }[] | null
}

export type ReverseSaleSharesStepInput = {
  order: SoldOrder | null
  reason_key: string
  reason: string
  /** the whole order was canceled: all that is left of its shares, and its revenue, are withdrawn */
  canceled?: boolean
  refund?: RefundOfOrder | null
}

/**
 * How much of each line's shares a refund takes back: for the lines it names, the refunded
 * quantity of the line's quantity; with no lines named, the refund's part of the order's total,
 * on every line.
 */
export function refundPortions(order: SoldOrder, refund: RefundOfOrder): { line_item_ids: string[]; portions: Record<string, ReversalPortion> } {
  const named = (refund.line_items ?? []).filter((l) => l && typeof l.line_item_id === "string" && Number(l.quantity) > 0)
  if (named.length) {
    const byId = new Map(order.lines.map((l) => [l.line_item_id, l]))
    const portions: Record<string, ReversalPortion> = {}
    for (const item of named) {
      const line = byId.get(item.line_item_id)
      if (!line || !(line.quantity > 0)) continue
      portions[line.line_item_id] = { part: String(Math.min(item.quantity, line.quantity)), whole: String(line.quantity) }
    }
    return { line_item_ids: Object.keys(portions), portions }
  }
  const portions: Record<string, ReversalPortion> = {}
  for (const line of order.lines) portions[line.line_item_id] = { part: refund.amount, whole: refund.order_total }
  return { line_item_ids: order.lines.map((l) => l.line_item_id), portions }
}

/** Posts reversing entries for an order's sale shares (cancel: all that is left; refund: its part). */
export const reverseSaleSharesStep = createStep(reverseSaleSharesStepId, async (input: ReverseSaleSharesStepInput, { container }) => {
  if (!input.order) return new StepResponse({ reversed: 0, ledger_entry_ids: [] as string[] })
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  const scope = input.refund
    ? refundPortions(input.order, input.refund)
    : { line_item_ids: input.order.lines.map((l) => l.line_item_id), portions: undefined }
  return new StepResponse(
    await service.reverseSaleShares({
      line_item_ids: scope.line_item_ids,
      portions: scope.portions,
      reason_key: input.reason_key,
      reason: input.reason,
      current_month: workshopMonth(),
      canceled_order_id: input.canceled ? input.order.id : null,
    })
  )
})
