import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { canHire, type ApplicationState } from "../../../../domain/programme"
import { appendNote } from "./move"

export type HireCandidate = {
  id: string
  opening_id: string
  workshop_id: string
  name: string
  phone: string
  status: ApplicationState
  artisan_id: string | null
}

/** The application to hire, read for the hire workflow (scoped to `workshop_ids` when given). */
export async function hireCandidate(manager: EntityManager, id: string, workshopIds?: string[]): Promise<HireCandidate | null> {
  const [row] = (await manager.execute(
    `select id, opening_id, workshop_id, name, phone, status, artisan_id from application where id = ? and deleted_at is null`,
    [id]
  )) as HireCandidate[]
  if (!row || (workshopIds && !workshopIds.includes(row.workshop_id))) return null
  return row
}

/**
 * Marks the application hired with her new artisan record, once: its row is locked and it must
 * still be hireable (canHire) with no artisan; else nothing is written and the state found is
 * answered.
 */
export async function markHired(
  manager: EntityManager,
  input: { application_id: string; artisan_id: string; actor_id: string; note: string | null }
): Promise<{ hired: true } | { hired: false; status: ApplicationState; artisan_id: string | null }> {
  const [row] = (await manager.execute(
    `select id, status, artisan_id from application where id = ? and deleted_at is null for update`,
    [input.application_id]
  )) as { id: string; status: ApplicationState; artisan_id: string | null }[]
  if (!row || row.artisan_id || !canHire(row.status)) {
    return { hired: false, status: row?.status ?? "new", artisan_id: row?.artisan_id ?? null }
  }
  await manager.execute(`update application set status = 'hired', artisan_id = ?, updated_at = now() where id = ?`, [
    input.artisan_id,
    row.id,
  ])
  // the trainings she was booked on as an applicant are hers now: the desk takes her attendance
  await manager.execute(
    `update training_registration set artisan_id = ?, updated_at = now() where application_id = ? and artisan_id is null and deleted_at is null`,
    [input.artisan_id, row.id]
  )
  await appendNote(manager, {
    application_id: row.id,
    from_status: row.status,
    to_status: "hired",
    note: input.note,
    actor_id: input.actor_id,
  })
  return { hired: true }
}
