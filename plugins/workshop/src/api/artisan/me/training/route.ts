import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { workshopToday } from "../../../../lib/clock"

/**
 * GET /artisan/me/training: the training sessions she attended (newest first), those to come she
 * is booked on (soonest first), and the skills she has, each with its name in both languages.
 * Hers only: her id comes from the session.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisanId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: attended } = await query.graph({ entity: "training_attendance", fields: ["session_id", "created_at"], filters: { artisan_id: artisanId } })
  const { data: sessions } = attended.length
    ? await query.graph({
        entity: "training_session",
        fields: ["id", "topic_zh", "topic_en", "skill_code", "date", "place_zh", "place_en", "trainer"],
        filters: { id: attended.map((a: { session_id: string }) => a.session_id) },
        pagination: { order: { date: "DESC" } },
      })
    : { data: [] }
  const { data: held } = await query.graph({ entity: "artisan_skill", fields: ["skill_code", "granted_on", "granted_by_session_id"], filters: { artisan_id: artisanId } })
  const { data: skills } = held.length
    ? await query.graph({ entity: "skill", fields: ["code", "name_zh", "name_en"], filters: { code: held.map((h: { skill_code: string }) => h.skill_code) } })
    : { data: [] }
  const names = new Map(skills.map((s: { code: string; name_zh: string; name_en: string }) => [s.code, s]))
  const { data: booked } = await query.graph({ entity: "training_registration", fields: ["session_id"], filters: { artisan_id: artisanId } })
  const { data: upcoming } = booked.length
    ? await query.graph({
        entity: "training_session",
        fields: ["id", "topic_zh", "topic_en", "skill_code", "date", "place_zh", "place_en", "trainer"],
        filters: { id: booked.map((b: { session_id: string }) => b.session_id), date: { $gte: workshopToday() } },
        pagination: { order: { date: "ASC" } },
      })
    : { data: [] }
  res.json({
    training_sessions: sessions,
    registered_sessions: upcoming,
    skills: held.map((h: { skill_code: string; granted_on: string; granted_by_session_id: string }) => ({
      code: h.skill_code,
      name_zh: names.get(h.skill_code)?.name_zh ?? h.skill_code,
      name_en: names.get(h.skill_code)?.name_en ?? h.skill_code,
      granted_on: h.granted_on,
      session_id: h.granted_by_session_id,
    })),
  })
}
