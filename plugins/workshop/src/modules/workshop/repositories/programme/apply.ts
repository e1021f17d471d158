import crypto from "crypto"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  APPLY_ADDRESS_WINDOW_SECONDS,
  APPLY_MAX_PER_ADDRESS,
  APPLY_MAX_PER_PHONE,
  APPLY_PHONE_WINDOW_SECONDS,
} from "../../../../domain/limits"
import { entityIds } from "../../lib/ids"

export type ApplyInput = {
  opening_id: string
  name: string
  /** E.164 */
  phone: string
  town: string
  availability: string
  childcare_needs: string | null
  consent: true
  locale: "zh-CN" | "en"
  /** the client's address, counted for throttling */
  address: string
}

export type ApplyResult =
  | { kind: "not_found" }
  | { kind: "throttled"; by: "phone" | "address"; retry_after_seconds: number }
  | { kind: "applied"; created: boolean; application_id: string; status: string; token: string }

/** The columns an application's insert writes (the rest keep their defaults). */
export const APPLICATION_INSERT_COLUMNS = [
  "id", "opening_id", "workshop_id", "name", "phone", "town", "availability", "childcare_needs", "consent", "locale", "status", "status_token_hash",
]
export const APPLY_ATTEMPT_INSERT_COLUMNS = ["id", "phone", "address"]

/** The sha256 (hex) a status link's token is kept as. */
export function statusTokenHash(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex")
}

/** Seconds until the oldest attempt of `column = value` inside the window leaves it, when the window is full; else null. */
async function fullWindow(
  manager: EntityManager,
  column: "phone" | "address",
  value: string,
  max: number,
  windowSeconds: number
): Promise<number | null> {
  const [row] = (await manager.execute(
    `select count(*)::int as n,
            greatest(1, ceil(extract(epoch from (min(created_at) + make_interval(secs => ?)) - now())))::int as wait
       from apply_attempt
      where ${column} = ? and deleted_at is null and created_at > now() - make_interval(secs => ?)`,
    [windowSeconds, value, windowSeconds]
  )) as { n: number; wait: number | null }[]
  return row.n >= max ? row.wait ?? windowSeconds : null
}

/**
 * One application, in the caller's transaction: the opening must be open; the phone (and then the
 * address) is locked for the transaction so two at once count in turn; over either allowance
 * nothing is written. Otherwise the attempt is counted and the application inserted, or, when
 * this phone already applied to this opening, that one updated (her details, and a new status
 * link: the old one stops working). The token is answered only here, once.
 */
export async function applyToOpening(manager: EntityManager, input: ApplyInput): Promise<ApplyResult> {
  const [opening] = (await manager.execute(
    `select id, workshop_id from opening where id = ? and status = 'open' and deleted_at is null`,
    [input.opening_id]
  )) as { id: string; workshop_id: string }[]
  if (!opening) return { kind: "not_found" }

  await manager.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`apply:phone:${input.phone}`])
  await manager.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`apply:address:${input.address}`])
  const phoneWait = await fullWindow(manager, "phone", input.phone, APPLY_MAX_PER_PHONE, APPLY_PHONE_WINDOW_SECONDS)
  if (phoneWait !== null) return { kind: "throttled", by: "phone", retry_after_seconds: phoneWait }
  const addressWait = await fullWindow(manager, "address", input.address, APPLY_MAX_PER_ADDRESS, APPLY_ADDRESS_WINDOW_SECONDS)
  if (addressWait !== null) return { kind: "throttled", by: "address", retry_after_seconds: addressWait }

  const [attemptId, applicationId] = [entityIds("aptry", 1)[0], entityIds("appl", 1)[0]]
  await manager.execute(`insert into apply_attempt (${APPLY_ATTEMPT_INSERT_COLUMNS.join(", ")}) values (?, ?, ?)`, [attemptId, input.phone, input.address])

  const token = crypto.randomBytes(32).toString("base64url")
  const [row] = (await manager.execute(
    `insert into application (${APPLICATION_INSERT_COLUMNS.join(", ")})
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)
     on conflict (opening_id, phone) where deleted_at is null do update
        set name = excluded.name, town = excluded.town, availability = excluded.availability,
            childcare_needs = excluded.childcare_needs, consent = excluded.consent, locale = excluded.locale,
            status_token_hash = excluded.status_token_hash, updated_at = now()
     returning id, status, (xmax = 0) as created`,
    [
      applicationId,
      opening.id,
      opening.workshop_id,
      input.name,
      input.phone,
      input.town,
      input.availability,
      input.childcare_needs,
      input.consent,
      input.locale,
      statusTokenHash(token),
    ]
  )) as { id: string; status: string; created: boolean }[]
  return { kind: "applied", created: row.created, application_id: row.id, status: row.status, token }
}

export type ApplicationStatusView = {
  status: string
  locale: string
  applied_at: Date
  updated_at: Date
  opening: { id: string; title_zh: string; title_en: string; status: string }
  workshop: { name_zh: string; name_en: string }
}

/** What her status link shows: her application's status and which opening it is for; nothing else. */
export async function applicationByToken(manager: EntityManager, token: string): Promise<ApplicationStatusView | null> {
  const [row] = (await manager.execute(
    `select a.status, a.locale, a.created_at as applied_at, a.updated_at,
            o.id as opening_id, o.title_zh, o.title_en, o.status as opening_status, w.name_zh, w.name_en
       from application a
       join opening o on o.id = a.opening_id
       join workshop w on w.id = a.workshop_id
      where a.status_token_hash = ? and a.deleted_at is null`,
    [statusTokenHash(token)]
  )) as Record<string, any>[]
  if (!row) return null
  return {
    status: row.status,
    locale: row.locale,
    applied_at: row.applied_at,
    updated_at: row.updated_at,
    opening: { id: row.opening_id, title_zh: row.title_zh, title_en: row.title_en, status: row.opening_status },
    workshop: { name_zh: row.name_zh, name_en: row.name_en },
  }
}
