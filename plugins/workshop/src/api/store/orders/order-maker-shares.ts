import type { MedusaContainer } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import { makersOfProducts, saleShareEntries } from "../../../modules/workshop/ledger/sale-shares"
import { sumMoney } from "../../../modules/workshop/lib/money"
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

type WorkshopInfo = { id: string; handle: string; name_zh: string; name_en: string }
type ArtisanInfo = { id: string; display_name: string; public_profile: boolean; workshop: WorkshopInfo }

export type OrderMakerShare = {
  /** only with her consent to a public profile; otherwise null */
  artisan_id: string | null
  display_name: string | null
  workshop: WorkshopInfo
  amount: string
  amount_cny: string
}

export type OrderMakerShares = {
  order_id: string
  currency_code: string
  /** what the makers get from this order, in the order's currency and in CNY (what is credited) */
  total: { amount: string; amount_cny: string }
  makers_count: number
  workshops_count: number
  lines: {
    line_item_id: string
    product_id: string | null
    product_title: string | null
    quantity: number
    base_amount: string
    share_percent: string | null
    amount: string
    amount_cny: string
    makers: OrderMakerShare[]
  }[]
  workshops: WorkshopInfo[]
}

/**
 * The plugin's maker lookup runs raw SQL through an EntityManager's `execute`; a route has
 * Medusa's shared knex connection (same database), which answers the same statement.
 */
function sqlRunner(container: MedusaContainer): EntityManager {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as {
    raw: (sql: string, bindings: unknown[]) => Promise<{ rows: unknown[] }>
  }
  return { execute: async (sql: string, params: unknown[]) => (await knex.raw(sql, params)).rows } as unknown as EntityManager
}

/**
 * What the makers of an order's pieces get from it, computed with the ledger's own functions
 * (`makersOfProducts`, `saleShareEntries`), so the CNY amounts are the sale_share entries the
 * order.placed subscriber posts (or posted) for this order. The order's currency view uses the
 * same split without conversion. Display names only for makers who consent to a public profile.
 */
export async function orderMakerShares(container: MedusaContainer, order: SoldOrder): Promise<OrderMakerShares> {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  const currency = order.lines[0]?.currency_code ?? "cny"
  // A canceled order credits nothing (the posting step skips it too).
  const lines = order.status === "canceled" ? [] : order.lines
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => Boolean(id)))]
  const makers = await makersOfProducts(sqlRunner(container), productIds)

  const cnyEntries = saleShareEntries(order, lines, makers, "", (amount, code) => service.toCny(amount, code))
  const localEntries = saleShareEntries(order, lines, makers, "", (amount) => amount)

  const artisanIds = [...new Set(makers.map((m) => m.artisan_id))]
  const artisans: ArtisanInfo[] = artisanIds.length
    ? ((await service.listArtisans(
        { id: artisanIds },
        { relations: ["workshop"] }
      )) as unknown as ArtisanInfo[])
    : []
  const artisanById = new Map(artisans.map((a) => [a.id, a]))

  const localAmount = (lineItemId: string, artisanId: string) =>
    localEntries.find((e) => e.source_id === lineItemId && e.artisan_id === artisanId)?.amount ?? "0.00"

  const resultLines = order.lines.map((line) => {
    const lineEntries = cnyEntries.filter((e) => e.source_id === line.line_item_id)
    const lineMakers: OrderMakerShare[] = lineEntries.map((entry) => {
      const artisan = artisanById.get(entry.artisan_id)
      const consent = Boolean(artisan?.public_profile)
      return {
        artisan_id: consent ? entry.artisan_id : null,
        display_name: consent ? artisan!.display_name : null,
        workshop: publicWorkshop(artisan?.workshop, entry.workshop_id),
        amount: localAmount(line.line_item_id, entry.artisan_id),
        amount_cny: entry.amount,
      }
    })
    const sharePercent = makers.find((m) => m.product_id === line.product_id)?.share_percent ?? null
    return {
      line_item_id: line.line_item_id,
      product_id: line.product_id,
      product_title: line.product_title ?? null,
      quantity: line.quantity,
      base_amount: line.base_amount,
      share_percent: lineEntries.length ? sharePercent : null,
      amount: sumMoney(lineMakers.map((m) => m.amount)),
      amount_cny: sumMoney(lineMakers.map((m) => m.amount_cny)),
      makers: lineMakers,
    }
  })

  const workshops = new Map<string, WorkshopInfo>()
  for (const entry of cnyEntries) {
    workshops.set(entry.workshop_id, publicWorkshop(artisanById.get(entry.artisan_id)?.workshop, entry.workshop_id))
  }
  return {
    order_id: order.id,
    currency_code: currency,
    total: {
      amount: sumMoney(localEntries.map((e) => e.amount)),
      amount_cny: sumMoney(cnyEntries.map((e) => e.amount)),
    },
    makers_count: new Set(cnyEntries.map((e) => e.artisan_id)).size,
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
