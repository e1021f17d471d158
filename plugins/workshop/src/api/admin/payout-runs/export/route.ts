import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../modules/workshop/service"
import { payoutFileCsv } from "../payout-file"
import { notClosed } from "../helpers"
import type { AdminPayoutRunExportQueryType } from "../validators"

/**
 * GET /admin/payout-runs/export?period=YYYY-MM|owed&method=wechat|alipay|bank|cash: the payout
 * file of one method (CSV, layouts in ../payout-file.ts). Besides her payout details' own route,
 * the one answer with her account in full: never cached (no-store), never logged.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { period, method } = req.validatedQuery as AdminPayoutRunExportQueryType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const lines = await service.payoutRunFileLines(period, method)
  res.setHeader("Cache-Control", "no-store")
  if ("status" in lines) return res.status(400).json(notClosed(lines.month))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="jinxiu-payouts-${period}-${method}.csv"`)
  res.send(payoutFileCsv(method, lines))
}
