import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTrainingSessionWorkflow } from "../../../workflows/save-training-session"
import { ADMIN_TRAINING_SESSION_FIELDS, refetchTrainingSession, withAttendance } from "./helpers"
import type { AdminCreateTrainingSessionType, AdminListTrainingSessionsType } from "./validators"

/** GET /admin/training-sessions?workshop_id=&from=&to=: every session, newest first, with who attended. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListTrainingSessionsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListTrainingSessionsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q.workshop_id) filters.workshop_id = q.workshop_id
  if (q.from || q.to) filters.date = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) }
  const { data, metadata } = await query.graph({
    entity: "training_session",
    fields: ADMIN_TRAINING_SESSION_FIELDS,
    filters,
    pagination: { skip: q.offset, take: q.limit, order: { date: "DESC", created_at: "DESC" } },
  })
  res.json({ training_sessions: await withAttendance(data, req.scope), count: metadata?.count ?? data.length, offset: q.offset, limit: q.limit })
}

/** POST /admin/training-sessions: a new session (its skill and workshop must exist). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTrainingSessionType>, res: MedusaResponse) => {
  const { result } = await createTrainingSessionWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(200).json({ training_session: await refetchTrainingSession(result.id, req.scope) })
}
