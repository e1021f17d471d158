import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { againstIncomeBand, PROGRAMME_INCOME_BAND, toFenNumber, type ImpactFigures } from "../../../domain"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { workshopToday } from "../../../lib/clock"

/**
 * GET /store/impact: the programme's figures (no personal data): active artisans, total paid
 * out, median monthly earnings this year, and the share of online sales revenue credited to
 * makers; the programme's openings, hires, training, skills and awards, and the median month set
 * against the programme's income band. Read from aggregates the money-posting transactions keep, so one request costs the same
 * however many orders there are.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const today = workshopToday()
  const figures = await service.impactFigures(today.slice(0, 4), today)
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
    programme: {
      openings: figures.openings,
      open_openings: figures.open_openings,
      women_hired_through_openings: figures.women_hired_through_openings,
      training_sessions_held: figures.training_sessions_held,
      trainee_sessions: figures.trainee_sessions,
      skills_granted: figures.skills_granted,
      awards: figures.awards,
    },
    income_band: {
      low: PROGRAMME_INCOME_BAND.low,
      high: PROGRAMME_INCOME_BAND.high,
      median_against_band: againstIncomeBand(figures.median_monthly_earnings),
      share_of_months_in_band: figures.earning_months > 0 ? Math.round((figures.earning_months_in_band / figures.earning_months) * 10000) / 10000 : null,
    },
  }
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ impact })
}
