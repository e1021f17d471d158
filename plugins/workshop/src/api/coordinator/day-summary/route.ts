import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DaySummary } from "../../../domain"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { workshopToday } from "../../../lib/clock"
import { coordinatorWorkshopIds } from "../scope"
import type { CoordinatorDaySummaryType } from "../work-entries/validators"

/**
 * GET /coordinator/day-summary?date=YYYY-MM-DD (default today in China): per woman of her
 * workshops, that day's pieces by grade and piecework, and the day's total, summed in the database
 * from the recorded entries (reversed ones left out), however many lines the day has.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const date = (req.validatedQuery as CoordinatorDaySummaryType).date ?? workshopToday()
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const summary: DaySummary = await service.workshopDaySummary(await coordinatorWorkshopIds(req), date)
  res.json(summary)
}
