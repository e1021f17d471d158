import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

export const ADMIN_TRAINING_SESSION_FIELDS = [
  "id", "topic_zh", "topic_en", "skill_code", "date", "place_zh", "place_en", "trainer",
  "workshop_id", "village_zh", "village_en", "capacity", "created_at", "updated_at",
]

/** Sessions with how many women attended each (the trainee-sessions the impact page counts), and who is booked. */
export async function withAttendance<S extends { id: string }>(sessions: S[], scope: MedusaContainer) {
  if (!sessions.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "training_attendance",
    fields: ["session_id", "artisan_id"],
    filters: { session_id: sessions.map((s) => s.id) },
  })
  const registrations = await scope.resolve<WorkshopModuleService>(WORKSHOP_MODULE).trainingRegistrations(sessions.map((s) => s.id))
  return sessions.map((s) => {
    const artisanIds = data.filter((a: { session_id: string }) => a.session_id === s.id).map((a: { artisan_id: string }) => a.artisan_id)
    return { ...s, attended: artisanIds.length, artisan_ids: artisanIds, registrations: registrations.get(s.id) ?? [] }
  })
}

/** One session as the admin sees it, or 404. */
export async function refetchTrainingSession(id: string, scope: MedusaContainer) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "training_session", fields: ADMIN_TRAINING_SESSION_FIELDS, filters: { id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Training session with id: ${id} was not found`)
  return (await withAttendance(data, scope))[0]
}
