import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import type { AdminListQuestionsType } from "./validators"

/** GET /admin/questions?workshop_id=&period=&status=: the women's questions about their months, open first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListQuestionsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListQuestionsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { questions, count } = await service.listStatementQuestionDetails({
    workshop_ids: q.workshop_id ?? null,
    status: q.status,
    period: q.period,
    limit: q.limit,
    offset: q.offset,
  })
  res.json({ questions, count, limit: q.limit, offset: q.offset })
}
