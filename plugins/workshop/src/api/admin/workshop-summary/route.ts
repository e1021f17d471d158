import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"

import { sumMoney } from "../../../domain"
import type { ArtisanMonthSummary } from "../../../modules/workshop/reports/month-summary"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import type { AdminWorkshopSummaryQueryType } from "./validators"
import { workshopMonth } from "../../../lib/clock"

type Totals = {
  /** artisans listed for the month (not left, or left with work or money in it) */
  artisans: number
  /** artisans with at least one recorded day in the month */
  working_artisans: number
  pieces_a: number
  pieces_b: number
  pieces_r: number
  piecework: string
  net: string
}

function totalsOf(rows: ArtisanMonthSummary[]): Totals {
  return {
    artisans: rows.length,
    working_artisans: rows.filter((r) => Number(r.work_days) > 0).length,
    pieces_a: rows.reduce((sum, r) => sum + Number(r.pieces_a), 0),
    pieces_b: rows.reduce((sum, r) => sum + Number(r.pieces_b), 0),
    pieces_r: rows.reduce((sum, r) => sum + Number(r.pieces_r), 0),
    piecework: sumMoney(rows.map((r) => r.piecework)),
    net: sumMoney(rows.map((r) => r.net)),
  }
}

const hasActivity = (t: Totals) =>
  t.working_artisans > 0 || t.pieces_a + t.pieces_b + t.pieces_r > 0 || t.piecework !== "0.00" || t.net !== "0.00"

/**
 * GET /admin/workshop-summary?month=YYYY-MM (default: this month in China): each workshop's
 * output and earnings for the month, and the programme's totals. Inactive workshops are listed
 * only when they have work or money in that month.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminWorkshopSummaryQueryType>, res: MedusaResponse) => {
  const month = (req.validatedQuery as AdminWorkshopSummaryQueryType).month ?? workshopMonth()
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const workshops = await service.listWorkshops(
    {},
    { select: ["id", "handle", "name_zh", "name_en", "city_zh", "city_en", "is_active"], order: { handle: "ASC" }, take: null }
  )
  const [rows, [period]] = await Promise.all([
    service.workshopMonthSummary(
      workshops.map((w) => w.id),
      month
    ),
    service.listPeriods({ month }),
  ])
  const byWorkshop = new Map<string, ArtisanMonthSummary[]>()
  for (const row of rows) {
    byWorkshop.set(row.workshop_id, [...(byWorkshop.get(row.workshop_id) ?? []), row])
  }
  const listed = workshops
    .map((w) => ({
      id: w.id,
      handle: w.handle,
      name_zh: w.name_zh,
      name_en: w.name_en,
      city_zh: w.city_zh,
      city_en: w.city_en,
      is_active: w.is_active,
      ...totalsOf(byWorkshop.get(w.id) ?? []),
    }))
    .filter((w) => w.is_active || hasActivity(w))
  const listedIds = new Set(listed.map((w) => w.id))
  res.json({
    month,
    status: period?.status ?? "open",
    workshops: listed,
    totals: totalsOf(rows.filter((r) => listedIds.has(r.workshop_id))),
  })
}
