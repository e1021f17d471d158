import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { coordinatorWorkshopFilter } from "../scope"
import type { CoordinatorListQuestionsType } from "./validators"

/**
 * GET /coordinator/questions?status=&period=&workshop_id=: the questions women of her workshops
 * asked about their months (open first), with each woman's name and the line questioned.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListQuestionsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as CoordinatorListQuestionsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { questions, count } = await service.listStatementQuestionDetails({
    workshop_ids: await coordinatorWorkshopFilter(req, q.workshop_id),
    status: q.status,
    period: q.period,
    limit: q.limit,
    offset: q.offset,
  })
  res.json({ questions, count, limit: q.limit, offset: q.offset })
}
