import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toFenNumber, type ImpactFigures } from "../../../domain"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { workshopToday } from "../../../lib/clock"

/**
 * GET /store/impact: the programme's figures (no personal data): active artisans, total paid
 * out, median monthly earnings this year, and the share of online sales revenue credited to
 * makers. Read from aggregates the money-posting transactions keep, so one request costs the same
 * however many orders there are.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const figures = await service.impactFigures(workshopToday().slice(0, 4))
  const revenueFen = toFenNumber(figures.sales_revenue)
  const share = revenueFen > 0 ? Math.round((toFenNumber(figures.sale_shares_total) / revenueFen) * 10000) / 10000 : null
  const impact: ImpactFigures = {
    currency_code: "cny",
    active_artisans: figures.active_artisans,
    workshops: figures.workshops,
    total_paid_out: figures.total_paid_out,
    median_monthly_earnings: figures.median_monthly_earnings,
    sale_shares_total: figures.sale_shares_total,
    sales_revenue: figures.sales_revenue,
    share_of_sales_to_makers: share,
  }
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ impact })
}
