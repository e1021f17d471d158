import crypto from "crypto"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { ANY_LIST, insertRows, jsonList, type Column } from "../../lib/sql"

export type RecordAttendanceInput = {
  coordinator_id: string
  /** the desk's Idempotency-Key: the same key again for another session or other women is a conflict */
  idempotency_key: string
  /** the workshops the coordinator may take attendance for */
  workshop_ids: string[]
  session_id: string
  artisan_ids: string[]
  /** today's date in China: a session still to come takes no attendance */
  today: string
}

/** What the desk gets back, the same for the same women whether recorded now or before. */
export type AttendanceResponse = {
  session_id: string
  skill_code: string
  /** the women of the request, all now recorded as attending (sorted) */
  artisan_ids: string[]
}

export type RecordAttendanceResult =
  | { status: "recorded"; response: AttendanceResponse; /** rows written now; 0 for a replay */ inserted: number }
  | { status: "conflict"; message: string }
  | { status: "not_found"; field: "session_id" | "artisan_ids"; message: string; params: Record<string, string> }
  | { status: "invalid"; field: "session_id" | "artisan_ids"; code: "session_in_future" | "session_full"; message: string; params: Record<string, string> }

export const ATTENDANCE_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "session_id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "recorded_by", type: "text" },
  { name: "dedupe_key", type: "text" },
]

export const ARTISAN_SKILL_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "skill_code", type: "text" },
  { name: "granted_by_session_id", type: "text" },
  { name: "granted_on", type: "text" },
]

export const ATTENDANCE_REQUEST_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "coordinator_id", type: "text" },
  { name: "idempotency_key", type: "text" },
  { name: "session_id", type: "text" },
  { name: "request_hash", type: "text" },
]

/** What a request asks, as a hash: the session and the women (in any order, each once). */
export function attendanceRequestHash(sessionId: string, artisanIds: string[]): string {
  return crypto.createHash("sha256").update(JSON.stringify([sessionId, [...new Set(artisanIds)].sort()])).digest("hex")
}

/** The key that makes her attendance at a session exactly once. */
export function attendanceKey(sessionId: string, artisanId: string): string {
  return `attendance:${sessionId}:${artisanId}`
}

/**
 * Records the women as attending a session and grants each the session's skill, inside the
 * caller's transaction, exactly once: attendance rows and skills are inserted `on conflict do
 * nothing`, so a retried request, a replayed offline queue or two desks at once change nothing
 * the second time. The session must be of one of the coordinator's workshops or open to all
 * (no workshop); the women must be of her workshops; the session must have taken place (today
 * or before) and have room for the women not yet recorded. The session row is locked first, so
 * concurrent requests count its places one after the other. The desk's Idempotency-Key is kept
 * with what it asked: the same key for another session or other women is a conflict.
 */
export async function recordAttendance(manager: EntityManager, input: RecordAttendanceInput): Promise<RecordAttendanceResult> {
  // The key first, held for the transaction: the same key at once waits, then finds the first.
  const hash = attendanceRequestHash(input.session_id, input.artisan_ids)
  await manager.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`attendance:${input.coordinator_id}:${input.idempotency_key}`])
  const [earlier] = (await manager.execute(
    `select request_hash from training_attendance_request where coordinator_id = ? and idempotency_key = ? and deleted_at is null`,
    [input.coordinator_id, input.idempotency_key]
  )) as { request_hash: string }[]
  if (earlier && earlier.request_hash !== hash) {
    return { status: "conflict", message: "This Idempotency-Key was already used for other attendance. Use a new key for new taps." }
  }

  const [session] = (await manager.execute(
    `select id, workshop_id, skill_code, date, capacity from training_session where id = ? and deleted_at is null for update`,
    [input.session_id]
  )) as { id: string; workshop_id: string | null; skill_code: string; date: string; capacity: number }[]
  if (!session || (session.workshop_id !== null && !input.workshop_ids.includes(session.workshop_id))) {
    return { status: "not_found", field: "session_id", message: `Training session ${input.session_id} was not found`, params: { session_id: input.session_id } }
  }

  const artisanIds = [...new Set(input.artisan_ids)].sort()
  const artisans = (await manager.execute(
    `select id, workshop_id from artisan where id = ${ANY_LIST} and deleted_at is null`,
    [jsonList(artisanIds)]
  )) as { id: string; workshop_id: string }[]
  const hers = new Set(artisans.filter((a) => input.workshop_ids.includes(a.workshop_id)).map((a) => a.id))
  const missing = artisanIds.find((id) => !hers.has(id))
  if (missing) {
    return { status: "not_found", field: "artisan_ids", message: `Artisan ${missing} was not found in your workshops`, params: { artisan_id: missing } }
  }
  if (session.date > input.today) {
    return { status: "invalid", field: "session_id", code: "session_in_future", message: `The session is on ${session.date}: attendance is taken on the day or after`, params: { date: session.date } }
  }

  const recorded = (await manager.execute(
    `select artisan_id from training_attendance where session_id = ? and deleted_at is null`,
    [session.id]
  )) as { artisan_id: string }[]
  const already = new Set(recorded.map((r) => r.artisan_id))
  const fresh = artisanIds.filter((id) => !already.has(id))
  if (already.size + fresh.length > session.capacity) {
    return {
      status: "invalid",
      field: "artisan_ids",
      code: "session_full",
      message: `The session has ${session.capacity} places and ${already.size} are taken: ${fresh.length} more don't fit`,
      params: { capacity: String(session.capacity), taken: String(already.size) },
    }
  }

  const attendanceIds = entityIds("tratt", artisanIds.length)
  const inserted = await insertRows(
    manager,
    "training_attendance",
    ATTENDANCE_COLUMNS,
    artisanIds.map((artisanId, i) => ({
      id: attendanceIds[i],
      session_id: session.id,
      artisan_id: artisanId,
      recorded_by: input.coordinator_id,
      dedupe_key: attendanceKey(session.id, artisanId),
    })),
    "on conflict (dedupe_key) where deleted_at is null do nothing"
  )
  // Completing the session grants its skill; a woman who has it already keeps her first grant.
  const skillIds = entityIds("askill", artisanIds.length)
  await insertRows(
    manager,
    "artisan_skill",
    ARTISAN_SKILL_COLUMNS,
    artisanIds.map((artisanId, i) => ({
      id: skillIds[i],
      artisan_id: artisanId,
      skill_code: session.skill_code,
      granted_by_session_id: session.id,
      granted_on: session.date,
    })),
    "on conflict (artisan_id, skill_code) where deleted_at is null do nothing"
  )
  if (!earlier) {
    await insertRows(manager, "training_attendance_request", ATTENDANCE_REQUEST_COLUMNS, [
      { id: entityIds("trareq", 1)[0], coordinator_id: input.coordinator_id, idempotency_key: input.idempotency_key, session_id: session.id, request_hash: hash },
    ])
  }
  return { status: "recorded", response: { session_id: session.id, skill_code: session.skill_code, artisan_ids: artisanIds }, inserted: inserted.length }
}
