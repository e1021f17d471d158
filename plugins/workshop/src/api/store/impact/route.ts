import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import { todayInChina } from "../../../modules/workshop/lib/calendar"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/**
 * GET /store/impact: the programme's figures, from the ledger (no personal data): active
 * artisans, total paid out, median monthly earnings this year, and the share of online sales
 * revenue credited to makers.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const figures = await service.impactFigures(todayInChina().slice(0, 4))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "item_subtotal", "item_tax_total", "discount_total"],
    filters: { status: { $nin: ["canceled", "draft"] } },
  })
  let revenueCny = MathBN.convert(0)
  for (const o of orders as { currency_code: string; item_subtotal: unknown; discount_total: unknown }[]) {
    const net = MathBN.sub(MathBN.convert(o.item_subtotal as never), MathBN.convert((o.discount_total ?? 0) as never))
    revenueCny = MathBN.add(revenueCny, service.toCny(net.toFixed(), o.currency_code))
  }
  const shareOfSales = revenueCny.gt(0) ? MathBN.div(figures.sale_shares_total, revenueCny).toNumber() : null
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    impact: {
      currency_code: "cny",
      active_artisans: figures.active_artisans,
      workshops: figures.workshops,
      total_paid_out: figures.total_paid_out,
      median_monthly_earnings: figures.median_monthly_earnings,
      sale_shares_total: figures.sale_shares_total,
      sales_revenue: revenueCny.toFixed(2),
      share_of_sales_to_makers: shareOfSales === null ? null : Math.round(shareOfSales * 10000) / 10000,
    },
  })
}
