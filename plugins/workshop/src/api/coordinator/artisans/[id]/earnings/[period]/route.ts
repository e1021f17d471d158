import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../../modules/workshop/service"
import { calendarMonth } from "../../../../../common-validators"
import { assertCoordinatorWorkshop } from "../../../../scope"

const PeriodParam = calendarMonth("period")

/**
 * GET /coordinator/artisans/:id/earnings/:period: one woman's month exactly as her own income
 * page reads it (the same ledger report: totals by kind, every line, corrections naming what they
 * correct), for a woman of her workshops; 404 for anyone else.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const parsed = PeriodParam.safeParse(req.params.period)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "artisan", fields: ["workshop_id"], filters: { id: req.params.id } })
  await assertCoordinatorWorkshop(req, data[0]?.workshop_id, `Artisan with id: ${req.params.id} was not found`)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const [lines, [totals], [period]] = await Promise.all([
    service.artisanMonthLines(req.params.id, parsed.data),
    service.artisanMonthlyTotals(req.params.id, parsed.data, parsed.data),
    service.listPeriods({ month: parsed.data }),
  ])
  res.json({
    period: parsed.data,
    status: period?.status ?? "open",
    currency_code: "cny",
    totals: totals ?? null,
    entries: lines,
  })
}
