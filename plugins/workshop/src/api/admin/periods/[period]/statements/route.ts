import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { periodParam } from "../../month-param"
import { statementsCsv } from "./csv"

/** GET /admin/periods/:period/statements[?format=csv]: the month's frozen statements. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const month = periodParam(req)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const statements = await service.statementsOfPeriod(month)
  if ((req.validatedQuery as { format?: string }).format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="jinxiu-statements-${month}.csv"`)
    return res.send(statementsCsv(statements))
  }
  res.json({ period: month, statements })
}
