import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import {
  APPLICATION_INSERT_COLUMNS,
  APPLY_ATTEMPT_INSERT_COLUMNS,
  applicationByToken,
  applyToOpening,
  type ApplyInput,
} from "./programme/apply"
import { hireCandidate, markHired } from "./programme/hire"
import { APPLICATION_NOTE_INSERT_COLUMNS, moveApplication, type MoveApplicationInput } from "./programme/move"

const TIMESTAMPS = ["created_at", "updated_at", "deleted_at"]

/**
 * The raw SQL of mama-post applications (issue 12): applying (throttled per phone and address,
 * one application per phone and opening), her status link, moves with their history, and marking
 * her hired once, each inside the caller's transaction. Registered in the module's container as
 * `applicationSqlRepository`.
 */
export class ApplicationSqlRepository {
  /** What each insert writes, and what it leaves to defaults (checked against the tables by a test). */
  static readonly inserts: InsertShape[] = [
    { table: "application", columns: APPLICATION_INSERT_COLUMNS, untouched: ["artisan_id", ...TIMESTAMPS] },
    { table: "apply_attempt", columns: APPLY_ATTEMPT_INSERT_COLUMNS, untouched: TIMESTAMPS },
    { table: "application_note", columns: APPLICATION_NOTE_INSERT_COLUMNS, untouched: TIMESTAMPS },
  ]

  apply(manager: EntityManager, input: ApplyInput) {
    return applyToOpening(manager, input)
  }

  byToken(manager: EntityManager, token: string) {
    return applicationByToken(manager, token)
  }

  move(manager: EntityManager, input: MoveApplicationInput) {
    return moveApplication(manager, input)
  }

  hireCandidate(manager: EntityManager, id: string, workshopIds?: string[]) {
    return hireCandidate(manager, id, workshopIds)
  }

  markHired(manager: EntityManager, input: { application_id: string; artisan_id: string; actor_id: string; note: string | null }) {
    return markHired(manager, input)
  }
}
