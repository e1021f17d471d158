import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import { todayInChina } from "../../../modules/workshop/lib/calendar"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { salesRevenueCny } from "../../../queries/sales-revenue"

/**
 * GET /store/impact: the programme's figures, from the ledger (no personal data): active
 * artisans, total paid out, median monthly earnings this year, and the share of online sales
 * revenue credited to makers.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const [figures, revenue] = await Promise.all([
    service.impactFigures(todayInChina().slice(0, 4)),
    salesRevenueCny(req.scope, (amount, currency) => service.toCny(amount, currency)),
  ])
  const share = revenue.gt(0) ? MathBN.div(figures.sale_shares_total, revenue).toNumber() : null
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    impact: {
      currency_code: "cny",
      active_artisans: figures.active_artisans,
      workshops: figures.workshops,
      total_paid_out: figures.total_paid_out,
      median_monthly_earnings: figures.median_monthly_earnings,
      sale_shares_total: figures.sale_shares_total,
      sales_revenue: revenue.toFixed(2),
      share_of_sales_to_makers: share === null ? null : Math.round(share * 10000) / 10000,
    },
  })
}
