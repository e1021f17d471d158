import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { canMoveApplication, type ApplicationState } from "../../../../domain/programme"
import { entityIds } from "../../lib/ids"

export type MoveApplicationInput = {
  application_id: string
  to: ApplicationState
  note: string | null
  actor_id: string
  /** when set, only an application of these workshops (a coordinator's) */
  workshop_ids?: string[]
}

export type MoveApplicationResult =
  | { kind: "not_found" }
  | { kind: "refused"; from: ApplicationState; to: ApplicationState }
  | { kind: "moved"; from: ApplicationState; to: ApplicationState }

/**
 * A move made by hand (canMoveApplication), with its note appended to the history, in the caller's
 * transaction. The application's row is locked first, so two moves (or a move and a hire) at
 * once are decided in turn.
 */
export async function moveApplication(manager: EntityManager, input: MoveApplicationInput): Promise<MoveApplicationResult> {
  const [row] = (await manager.execute(
    `select id, status, workshop_id from application where id = ? and deleted_at is null for update`,
    [input.application_id]
  )) as { id: string; status: ApplicationState; workshop_id: string }[]
  if (!row || (input.workshop_ids && !input.workshop_ids.includes(row.workshop_id))) return { kind: "not_found" }
  if (!canMoveApplication(row.status, input.to)) return { kind: "refused", from: row.status, to: input.to }
  await manager.execute(`update application set status = ?, updated_at = now() where id = ?`, [input.to, row.id])
  await appendNote(manager, { application_id: row.id, from_status: row.status, to_status: input.to, note: input.note, actor_id: input.actor_id })
  return { kind: "moved", from: row.status, to: input.to }
}

export const APPLICATION_NOTE_INSERT_COLUMNS = ["id", "application_id", "from_status", "to_status", "note", "actor_id"]

/** One line of an application's history (the table refuses updates and deletes). */
export async function appendNote(
  manager: EntityManager,
  note: { application_id: string; from_status: string | null; to_status: string; note: string | null; actor_id: string }
) {
  await manager.execute(
    `insert into application_note (${APPLICATION_NOTE_INSERT_COLUMNS.join(", ")}) values (?, ?, ?, ?, ?, ?)`,
    [entityIds("apnote", 1)[0], note.application_id, note.from_status, note.to_status, note.note, note.actor_id]
  )
}
