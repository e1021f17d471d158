import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { closePeriodWorkflow } from "../../../../../workflows/close-period"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { periodParam } from "../../month-param"
import { workshopMonth } from "../../../../../lib/clock"
import type { AdminClosePeriodType } from "../../validators"

/**
 * POST /admin/periods/:period/close { reason? }: freezes the month's statements. Closing twice
 * changes nothing. While women's questions about the month are open, closing needs a `reason`
 * (kept on the month): without one it is a 409 naming `reason`, listing the open questions, and
 * nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminClosePeriodType>, res: MedusaResponse) => {
  const month = periodParam(req)
  const { result } = await closePeriodWorkflow(req.scope).run({
    input: { month, actor_id: req.auth_context.actor_id, current_month: workshopMonth(), reason: req.validatedBody?.reason ?? null },
  })
  if (result.status === "not_over") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${month} has not ended yet: a month can be closed from the 1st of the next month`)
  }
  if (result.status === "open_questions") {
    const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
    const { questions } = await service.listStatementQuestionDetails({ ids: result.question_ids, limit: 500 })
    const n = result.question_ids.length
    return res.status(409).json({
      type: "conflict",
      field: "reason",
      message: `reason: 这个月还有 ${n} 个未处理的疑问，要结账请写明原因 / ${n} question${n === 1 ? "" : "s"} about this month ${n === 1 ? "is" : "are"} still open: give a reason to close anyway`,
      month,
      questions,
    })
  }
  res.json(result)
}
