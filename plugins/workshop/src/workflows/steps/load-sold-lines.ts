import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { SoldLine } from "../../modules/workshop/repositories/ledger/sale-shares"

export const loadSoldLinesStepId = "load-sold-lines"

export type SoldOrder = { id: string; display_id: number | null; status: string; lines: SoldLine[] }

/**
 * An order's line items as the sale-share rules need them: the line total after discounts,
 * without tax and shipping (`total - tax_total`), in the order's currency.
 */
export const loadSoldLinesStep = createStep(loadSoldLinesStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // Asking for the order's totals makes the order module compute each item's totals too.
    fields: [
      "id", "display_id", "status", "currency_code", "total",
      "items.*", "items.tax_lines.*", "items.adjustments.*", "items.detail.*",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as any
  if (!order) return new StepResponse<SoldOrder | null>(null)
  const lines: SoldLine[] = (order.items ?? []).map((item: any) => ({
    line_item_id: item.id,
    product_id: item.product_id ?? null,
    base_amount: MathBN.sub(MathBN.convert(item.total ?? 0), MathBN.convert(item.tax_total ?? 0)).toFixed(),
    currency_code: order.currency_code,
    product_title: item.product_title ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: Number(item.quantity),
  }))
  return new StepResponse<SoldOrder | null>({ id: order.id, display_id: order.display_id ?? null, status: order.status, lines })
})
