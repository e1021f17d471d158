import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { ArtisanMonthParam } from "../validators"

/**
 * GET /artisan/earnings/:period: every entry of that month for the signed-in artisan: piecework
 * with piece type, quantity, grade and rate; sale shares with product title and thumbnail;
 * bonuses, deductions, reversals. Only ever her own.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const parsed = ArtisanMonthParam.safeParse(req.params.period)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  }
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const artisanId = req.auth_context.actor_id
  const [lines, [totals], statements] = await Promise.all([
    service.artisanMonthLines(artisanId, parsed.data),
    service.artisanMonthlyTotals(artisanId, parsed.data, parsed.data),
    service.listStatements({ artisan_id: artisanId, period: parsed.data }),
  ])
  res.json({
    period: parsed.data,
    currency_code: "cny",
    totals: totals ?? null,
    statement: statements[0] ?? null,
    entries: lines,
  })
}
