import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { ANY_LIST, insertRows, jsonList, type Column } from "../../lib/sql"

export type RegisterInput = {
  session_id: string
  /** a coordinator's workshops (her women and her openings' applicants only); undefined for the staff */
  workshop_ids?: string[]
  artisan_ids: string[]
  application_ids: string[]
  /** who books the places (a coordinator's or a staff user's id) */
  registered_by: string
  /** today's date in China: a session that has taken place takes no registrations */
  today: string
}

/** One registration as the desk and the admin read it. */
export type Registration = { id: string; artisan_id: string | null; application_id: string | null; name: string; registered_at: string }

export type RegisterResult =
  | { status: "registered"; registrations: Registration[]; /** rows written now; 0 for a repeat */ inserted: number }
  | { status: "not_found"; field: "session_id" | "artisan_ids" | "application_ids"; message: string; params: Record<string, string> }
  | { status: "invalid"; field: "session_id" | "artisan_ids" | "application_ids"; code: "session_past" | "session_full" | "application_hired"; message: string; params: Record<string, string> }

export const REGISTRATION_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "session_id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "application_id", type: "text" },
  { name: "registered_by", type: "text" },
  { name: "dedupe_key", type: "text" },
]

/** The key that books her place once: by her artisan, or (not yet hired) by her application. */
export function registrationKey(sessionId: string, who: { artisan_id: string } | { application_id: string }): string {
  return "artisan_id" in who ? `registration:${sessionId}:artisan:${who.artisan_id}` : `registration:${sessionId}:application:${who.application_id}`
}

type Session = { id: string; workshop_id: string | null; date: string; capacity: number }

async function lockedSession(manager: EntityManager, sessionId: string, workshopIds?: string[]): Promise<Session | null> {
  const [session] = (await manager.execute(
    `select id, workshop_id, date, capacity from training_session where id = ? and deleted_at is null for update`,
    [sessionId]
  )) as Session[]
  if (!session) return null
  if (workshopIds && session.workshop_id !== null && !workshopIds.includes(session.workshop_id)) return null
  return session
}

/**
 * A session's registrations with the women's names (an artisan's display name, an applicant's
 * name), oldest first; for a coordinator only those of her workshops (her women, her openings'
 * applicants): another workshop's bookings at an open session aren't hers to see.
 */
export async function listRegistrations(manager: EntityManager, sessionIds: string[], workshopIds?: string[]): Promise<Map<string, Registration[]>> {
  const bySession = new Map<string, Registration[]>(sessionIds.map((id) => [id, []]))
  if (!sessionIds.length) return bySession
  const rows = (await manager.execute(
    `select r.id, r.session_id, r.artisan_id, r.application_id, r.created_at,
            coalesce(a.display_name, ap.name) as name, coalesce(a.workshop_id, ap.workshop_id) as workshop_id
       from training_registration r
       left join artisan a on a.id = r.artisan_id and a.deleted_at is null
       left join application ap on ap.id = r.application_id and ap.deleted_at is null
      where r.session_id = ${ANY_LIST} and r.deleted_at is null
      order by r.created_at, r.id`,
    [jsonList(sessionIds)]
  )) as { id: string; session_id: string; artisan_id: string | null; application_id: string | null; created_at: Date; name: string | null; workshop_id: string | null }[]
  for (const r of rows) {
    if (workshopIds && (!r.workshop_id || !workshopIds.includes(r.workshop_id))) continue
    bySession.get(r.session_id)?.push({
      id: r.id,
      artisan_id: r.artisan_id,
      application_id: r.application_id,
      name: r.name ?? "",
      registered_at: new Date(r.created_at).toISOString(),
    })
  }
  return bySession
}

/**
 * Books places at a session to come for women (of the coordinator's workshops, or any for the
 * staff) and applicants (to her workshops' openings, not yet hired), in the caller's transaction,
 * once each: rows are inserted `on conflict (dedupe_key) do nothing`, so booking her again
 * changes nothing. An applicant already hired is booked as the artisan she became. The session
 * row is locked first, so two desks booking at once count its places one after the other; the
 * places are the session's capacity.
 */
export async function register(manager: EntityManager, input: RegisterInput): Promise<RegisterResult> {
  const session = await lockedSession(manager, input.session_id, input.workshop_ids)
  if (!session) {
    return { status: "not_found", field: "session_id", message: `Training session ${input.session_id} was not found`, params: { session_id: input.session_id } }
  }
  if (session.date < input.today) {
    return {
      status: "invalid",
      field: "session_id",
      code: "session_past",
      message: `The session was on ${session.date}: take its attendance instead`,
      params: { date: session.date },
    }
  }

  const artisanIds = [...new Set(input.artisan_ids)].sort()
  if (artisanIds.length) {
    const found = (await manager.execute(
      `select id, workshop_id from artisan where id = ${ANY_LIST} and deleted_at is null`,
      [jsonList(artisanIds)]
    )) as { id: string; workshop_id: string }[]
    const allowed = new Set(found.filter((a) => !input.workshop_ids || input.workshop_ids.includes(a.workshop_id)).map((a) => a.id))
    const missing = artisanIds.find((id) => !allowed.has(id))
    if (missing) {
      return { status: "not_found", field: "artisan_ids", message: `Artisan ${missing} was not found in your workshops`, params: { artisan_id: missing } }
    }
  }
  const applicationIds = [...new Set(input.application_ids)].sort()
  const applications = applicationIds.length
    ? ((await manager.execute(
        `select id, workshop_id, status, artisan_id from application where id = ${ANY_LIST} and deleted_at is null`,
        [jsonList(applicationIds)]
      )) as { id: string; workshop_id: string; status: string; artisan_id: string | null }[])
    : []
  const allowedApplications = new Map(
    applications.filter((a) => !input.workshop_ids || input.workshop_ids.includes(a.workshop_id)).map((a) => [a.id, a])
  )
  const missingApplication = applicationIds.find((id) => !allowedApplications.has(id))
  if (missingApplication) {
    return {
      status: "not_found",
      field: "application_ids",
      message: `Application ${missingApplication} was not found in your workshops`,
      params: { application_id: missingApplication },
    }
  }

  // who is asked for: women by their artisan, applicants hired since by the artisan they became
  const wanted = new Map<string, { artisan_id: string | null; application_id: string | null }>()
  for (const id of artisanIds) wanted.set(registrationKey(session.id, { artisan_id: id }), { artisan_id: id, application_id: null })
  for (const id of applicationIds) {
    const application = allowedApplications.get(id)!
    if (application.artisan_id) {
      wanted.set(registrationKey(session.id, { artisan_id: application.artisan_id }), { artisan_id: application.artisan_id, application_id: null })
    } else {
      wanted.set(registrationKey(session.id, { application_id: id }), { artisan_id: null, application_id: id })
    }
  }

  const taken = (await manager.execute(
    `select dedupe_key from training_registration where session_id = ? and deleted_at is null`,
    [session.id]
  )) as { dedupe_key: string }[]
  const booked = new Set(taken.map((t) => t.dedupe_key))
  // an applicant hired since she was booked is booked as herself already
  const bookedArtisans = (await manager.execute(
    `select artisan_id from training_registration where session_id = ? and artisan_id is not null and deleted_at is null`,
    [session.id]
  )) as { artisan_id: string }[]
  for (const { artisan_id } of bookedArtisans) booked.add(registrationKey(session.id, { artisan_id }))
  const fresh = [...wanted.entries()].filter(([key]) => !booked.has(key))
  if (taken.length + fresh.length > session.capacity) {
    return {
      status: "invalid",
      field: input.application_ids.length && !input.artisan_ids.length ? "application_ids" : "artisan_ids",
      code: "session_full",
      message: `The session has ${session.capacity} places and ${taken.length} are booked: ${fresh.length} more don't fit`,
      params: { capacity: String(session.capacity), taken: String(taken.length) },
    }
  }

  const ids = entityIds("trreg", fresh.length)
  const inserted = fresh.length
    ? await insertRows(
        manager,
        "training_registration",
        REGISTRATION_COLUMNS,
        fresh.map(([key, who], i) => ({
          id: ids[i],
          session_id: session.id,
          artisan_id: who.artisan_id,
          application_id: who.application_id,
          registered_by: input.registered_by,
          dedupe_key: key,
        })),
        "on conflict (dedupe_key) where deleted_at is null do nothing"
      )
    : []
  const registrations = (await listRegistrations(manager, [session.id], input.workshop_ids)).get(session.id) ?? []
  return { status: "registered", registrations, inserted: inserted.length }
}

/** Cancels a registration (kept, marked `deleted_at`); only one the caller may see. */
export async function cancelRegistration(
  manager: EntityManager,
  input: { session_id: string; registration_id: string; workshop_ids?: string[] }
): Promise<{ status: "cancelled" } | { status: "not_found" }> {
  const session = await lockedSession(manager, input.session_id, input.workshop_ids)
  if (!session) return { status: "not_found" }
  const mine = (await listRegistrations(manager, [session.id], input.workshop_ids)).get(session.id) ?? []
  if (!mine.some((r) => r.id === input.registration_id)) return { status: "not_found" }
  await manager.execute(`update training_registration set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null`, [
    input.registration_id,
  ])
  return { status: "cancelled" }
}
