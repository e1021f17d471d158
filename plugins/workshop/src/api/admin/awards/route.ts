import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sortAwards } from "../../../domain"
import { createAwardWorkflow } from "../../../workflows/save-award"
import { AWARD_FIELDS, refetchAward } from "./helpers"
import type { AdminCreateAwardType, AdminListAwardsType } from "./validators"

/** GET /admin/awards?subject_type=&subject_id=: every award, newest year first, gold first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListAwardsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListAwardsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q.subject_type) filters.subject_type = q.subject_type
  if (q.subject_id) filters.subject_id = q.subject_id
  const { data, metadata } = await query.graph({
    entity: "award",
    fields: AWARD_FIELDS,
    filters,
    pagination: { skip: q.offset, take: q.limit, order: { year: "DESC", created_at: "DESC" } },
  })
  res.json({ awards: sortAwards(data), count: metadata?.count ?? data.length, offset: q.offset, limit: q.limit })
}

/** POST /admin/awards: records an award. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAwardType>, res: MedusaResponse) => {
  const { result } = await createAwardWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(200).json({ award: await refetchAward(result.id, req.scope) })
}
