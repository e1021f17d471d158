import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import { prorate, roundMoney, sumMoney, toFen, type OrderMakerShare, type OrderMakerShares, type WorkshopRef } from "../../../domain"
import type { PostedSaleShare } from "../../../modules/workshop/reports/order-sale-shares"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { loadSoldLinesStep, type SoldOrder } from "../../../workflows/steps/load-sold-lines"

/**
 * Reads an order's lines exactly as the order.placed sale-share posting reads them (same step:
 * each line's total after discounts, without tax and shipping).
 */
export const loadOrderSoldLinesWorkflow = createWorkflow(
  "store-order-maker-shares-load-lines",
  (input: { order_id: string }) => new WorkflowResponse(loadSoldLinesStep(input))
)

type WorkshopInfo = WorkshopRef
type ArtisanInfo = { id: string; display_name: string; public_profile: boolean; workshop: WorkshopInfo }

export type { OrderMakerShare, OrderMakerShares }

/**
 * What an order paid the makers of its pieces, read from the ledger: the sale_share entries the
 * order.placed posting wrote for its lines, net of their reversals (a cancel, a refund). Changing a
 * product's makers, its share or an exchange rate after the sale changes nothing here. Amounts in
 * the order's currency are the CNY credited converted back at the rate applied then. Display names
 * only for makers who consent to a public profile.
 */
export async function orderMakerShares(container: MedusaContainer, order: SoldOrder): Promise<OrderMakerShares> {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  const currency = order.lines[0]?.currency_code ?? "cny"
  const posted = await service.orderSaleShares(order.id)

  const artisanIds = [...new Set(posted.map((p) => p.artisan_id))]
  const artisans: ArtisanInfo[] = artisanIds.length
    ? ((await service.listArtisans({ id: artisanIds }, { relations: ["workshop"] })) as unknown as ArtisanInfo[])
    : []
  const artisanById = new Map(artisans.map((a) => [a.id, a]))

  const inOrderCurrency = (amountCny: string, share: PostedSaleShare): string | null => {
    const rate = share.exchange_rate ?? ((share.currency_code ?? currency) === "cny" ? "1" : null)
    if (!rate) return null
    return toFen(rate) === 100n ? roundMoney(amountCny) : prorate(amountCny, "1", rate)
  }

  const resultLines = order.lines.map((line) => {
    const shares = posted.filter((p) => p.line_item_id === line.line_item_id)
    const makers: OrderMakerShare[] = []
    for (const share of shares) {
      const net = sumMoney([share.amount, share.reversed])
      if (toFen(net) === 0n) continue
      const artisan = artisanById.get(share.artisan_id)
      const consent = Boolean(artisan?.public_profile)
      makers.push({
        artisan_id: consent ? share.artisan_id : null,
        display_name: consent ? artisan!.display_name : null,
        workshop: publicWorkshop(artisan?.workshop, share.workshop_id),
        amount: inOrderCurrency(net, share),
        amount_cny: net,
      })
    }
    const local = makers.map((m) => m.amount)
    return {
      line_item_id: line.line_item_id,
      product_id: line.product_id,
      product_title: line.product_title ?? null,
      quantity: line.quantity,
      base_amount: shares[0]?.base_amount ?? line.base_amount,
      share_percent: shares[0]?.share_percent ?? null,
      amount: local.every((a) => a !== null) ? sumMoney(local as string[]) : null,
      amount_cny: sumMoney(makers.map((m) => m.amount_cny)),
      makers,
    }
  })

  const allMakers = resultLines.flatMap((l) => l.makers)
  const workshops = new Map<string, WorkshopInfo>()
  for (const maker of allMakers) workshops.set(maker.workshop.id, maker.workshop)
  const localTotals = resultLines.map((l) => l.amount)
  return {
    order_id: order.id,
    currency_code: currency,
    total: {
      amount: localTotals.every((a) => a !== null) ? sumMoney(localTotals as string[]) : null,
      amount_cny: sumMoney(resultLines.map((l) => l.amount_cny)),
    },
    makers_count: new Set(posted.filter((p) => toFen(sumMoney([p.amount, p.reversed])) !== 0n).map((p) => p.artisan_id)).size,
    workshops_count: workshops.size,
    lines: resultLines,
    workshops: [...workshops.values()],
  }
}

function publicWorkshop(workshop: WorkshopInfo | undefined, id: string): WorkshopInfo {
  return workshop
    ? { id: workshop.id, handle: workshop.handle, name_zh: workshop.name_zh, name_en: workshop.name_en }
    : { id, handle: "", name_zh: "", name_en: "" }
}
