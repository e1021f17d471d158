import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { cancelRegistration, listRegistrations, register, REGISTRATION_COLUMNS, type RegisterInput } from "./training/register"
import { ARTISAN_SKILL_COLUMNS, ATTENDANCE_COLUMNS, ATTENDANCE_REQUEST_COLUMNS, recordAttendance, type RecordAttendanceInput } from "./training/record-attendance"

/**
 * The raw SQL of training (issue 12): places booked at a session to come, a session's attendance
 * and the skills it grants, exactly once, inside the caller's transaction. Registered in the module's container as
 * `trainingSqlRepository`.
 */
export class TrainingSqlRepository {
  /** What each insert writes, and what it leaves to defaults (checked against the tables by a test). */
  static readonly inserts: InsertShape[] = [
    { table: "training_attendance", columns: ATTENDANCE_COLUMNS.map((c) => c.name), untouched: ["created_at", "updated_at", "deleted_at"] },
    { table: "artisan_skill", columns: ARTISAN_SKILL_COLUMNS.map((c) => c.name), untouched: ["created_at", "updated_at", "deleted_at"] },
    { table: "training_registration", columns: REGISTRATION_COLUMNS.map((c) => c.name), untouched: ["created_at", "updated_at", "deleted_at"] },
    { table: "training_attendance_request", columns: ATTENDANCE_REQUEST_COLUMNS.map((c) => c.name), untouched: ["created_at", "updated_at", "deleted_at"] },
  ]

  recordAttendance(manager: EntityManager, input: RecordAttendanceInput) {
    return recordAttendance(manager, input)
  }

  register(manager: EntityManager, input: RegisterInput) {
    return register(manager, input)
  }

  cancelRegistration(manager: EntityManager, input: { session_id: string; registration_id: string; workshop_ids?: string[] }) {
    return cancelRegistration(manager, input)
  }

  listRegistrations(manager: EntityManager, sessionIds: string[], workshopIds?: string[]) {
    return listRegistrations(manager, sessionIds, workshopIds)
  }
}
