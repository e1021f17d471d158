import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { coordinatorWorkshopIds } from "../scope"
import type { CoordinatorListTrainingSessionsType } from "./validators"

export const TRAINING_SESSION_FIELDS = [
  "id", "topic_zh", "topic_en", "skill_code", "date", "place_zh", "place_en", "trainer",
  "workshop_id", "village_zh", "village_en", "capacity",
]

/**
 * GET /coordinator/training-sessions?from=&to=: the sessions of her workshops and those open to
 * every workshop, newest first, each with the women of her workshops who attended, and those of
 * her workshops (women and applicants) booked on it.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListTrainingSessionsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as CoordinatorListTrainingSessionsType
  const workshopIds = await coordinatorWorkshopIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { $or: [{ workshop_id: workshopIds }, { workshop_id: null }] }
  if (q.from || q.to) filters.date = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) }
  const { data: sessions, metadata } = await query.graph({
    entity: "training_session",
    fields: TRAINING_SESSION_FIELDS,
    filters,
    pagination: { skip: q.offset, take: q.limit, order: { date: "DESC", created_at: "DESC" } },
  })
  const sessionIds = sessions.map((s: { id: string }) => s.id)
  const { data: attendance } = sessionIds.length
    ? await query.graph({ entity: "training_attendance", fields: ["session_id", "artisan_id", "created_at"], filters: { session_id: sessionIds } })
    : { data: [] as { session_id: string; artisan_id: string; created_at: string }[] }
  // Only her workshops' women are named: another workshop's attendance at an open session isn't hers to see.
  const artisanIds = [...new Set(attendance.map((a: { artisan_id: string }) => a.artisan_id))]
  const { data: hers } = artisanIds.length && workshopIds.length
    ? await query.graph({ entity: "artisan", fields: ["id"], filters: { id: artisanIds, workshop_id: workshopIds } })
    : { data: [] as { id: string }[] }
  const mine = new Set(hers.map((a: { id: string }) => a.id))
  const registrations = await req.scope.resolve<WorkshopModuleService>(WORKSHOP_MODULE).trainingRegistrations(sessionIds, workshopIds)
  res.json({
    training_sessions: sessions.map((s: { id: string }) => ({
      ...s,
      attendance: attendance
        .filter((a: { session_id: string; artisan_id: string }) => a.session_id === s.id && mine.has(a.artisan_id))
        .map((a: { artisan_id: string; created_at: string }) => ({ artisan_id: a.artisan_id, recorded_at: a.created_at })),
      registrations: registrations.get(s.id) ?? [],
    })),
    count: metadata?.count ?? sessions.length,
    offset: q.offset,
    limit: q.limit,
  })
}
