import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { addressDelayMs, readLoginThrottleLimits, type LoginThrottleLimits } from "./config"
import { LoginThrottle } from "./models/login-throttle"

/** A key to check, with the number of failures it may have within the window. */
export type ThrottledKey = { key: string; limit: number }

export type Admission =
  | { admitted: true; keys: ThrottledKey[] }
  | { admitted: false; key: string; retryAfterSeconds: number }

type ReserveRow = { failures: number; pending: number; locked: boolean; lock_seconds_left: number | null }

/** How long an attempt from a place waits before its password is checked. */
export type Pace = { waitMs: number; failures: number }

/**
 * Counts failed logins in PostgreSQL, so every backend instance sees the same counts. Each change
 * is one statement (an upsert that adds to the row it finds), so concurrent logins are all
 * counted, whichever instance answers them.
 *
 * Two kinds of key:
 * - a **login** (`phone:…`, `emailpass:…`) is locked: an attempt first takes a place
 *   (`pending + 1`) and is refused when the key is locked or when its failures plus the attempts in
 *   flight would pass the limit. When the answer is known the place becomes a failure (a wrong
 *   password), is given back (any other answer), or the row is deleted (a successful login).
 * - a **place** (`ip:…`, or `device:…` for a browser that has logged in before) is never locked,
 *   only slowed: past its free failures each attempt takes the next slot in a queue
 *   (`next_attempt_at`), one step further apart for each further failure, and waits for it (at
 *   most the cap). Guessing across many logins from one place crawls; a right password from it
 *   still gets in.
 */
export class LoginThrottleModuleService extends MedusaService({ LoginThrottle }) {
  readonly limits: LoginThrottleLimits

  constructor(container: Record<string, unknown>, options: Partial<LoginThrottleLimits> = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const fromEnv = readLoginThrottleLimits(process.env)
    this.limits = { ...fromEnv }
    for (const field of Object.keys(fromEnv) as (keyof LoginThrottleLimits)[]) {
      if (typeof options?.[field] === "number") this.limits[field] = options[field]!
    }
  }

  /**
   * Takes a place under every key, in order; stops at the first key that refuses (giving back the
   * places already taken) and says how long to wait.
   */
  @InjectManager()
  async admit(keys: ThrottledKey[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Admission> {
    const manager = sharedContext.manager!
    const taken: ThrottledKey[] = []
    for (const entry of keys) {
      const [row] = (await manager.execute(
        `insert into login_throttle as t (id, key, failures, pending, window_started_at, locked_until)
         values (?, ?, 0, 1, now(), null)
         on conflict (key) where deleted_at is null do update set
           failures = case
             when t.locked_until > now() then t.failures
             when t.window_started_at <= now() - make_interval(secs => ?) then 0
             else t.failures end,
           pending = case
             when t.locked_until > now() then t.pending
             when t.window_started_at <= now() - make_interval(secs => ?) then 1
             else t.pending + 1 end,
           window_started_at = case
             when t.locked_until > now() then t.window_started_at
             when t.window_started_at <= now() - make_interval(secs => ?) then now()
             else t.window_started_at end,
           locked_until = case when t.locked_until > now() then t.locked_until else null end,
           updated_at = now()
         returning failures, pending, coalesce(locked_until > now(), false) as locked,
           ceil(extract(epoch from (locked_until - now())))::int as lock_seconds_left`,
        [generateEntityId(undefined, "lthr"), entry.key, this.window(), this.window(), this.window()]
      )) as ReserveRow[]
      if (row.locked) {
        // a locked key takes no place, so there is nothing to give back for it
        await this.giveBack(manager, taken)
        return { admitted: false, key: entry.key, retryAfterSeconds: Math.max(1, row.lock_seconds_left ?? 1) }
      }
      taken.push(entry)
      if (row.failures + row.pending > entry.limit) {
        // attempts already in flight will use up what is left; if they fail, the key locks
        await this.giveBack(manager, taken)
        return { admitted: false, key: entry.key, retryAfterSeconds: this.limits.windowSeconds }
      }
    }
    return { admitted: true, keys: taken }
  }

  /** The attempt answered "wrong password": its places become failures; a key at its limit locks. */
  @InjectManager()
  async recordFailure(keys: ThrottledKey[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    const manager = sharedContext.manager!
    for (const entry of keys) {
      await manager.execute(
        `insert into login_throttle as t (id, key, failures, pending, window_started_at, locked_until)
         values (?, ?, 1, 0, now(), case when 1 >= ? then now() + make_interval(secs => ?) end)
         on conflict (key) where deleted_at is null do update set
           failures = case when t.window_started_at <= now() - make_interval(secs => ?) then 1 else t.failures + 1 end,
           pending = greatest(t.pending - 1, 0),
           window_started_at = case
             when t.window_started_at <= now() - make_interval(secs => ?) then now()
             else t.window_started_at end,
           locked_until = case
             when t.locked_until > now() then t.locked_until
             when (case when t.window_started_at <= now() - make_interval(secs => ?) then 1 else t.failures + 1 end) >= ?
               then now() + make_interval(secs => ?)
             end,
           updated_at = now()`,
        [
          generateEntityId(undefined, "lthr"),
          entry.key,
          entry.limit,
          this.window(),
          this.window(),
          this.window(),
          this.window(),
          entry.limit,
          this.window(),
        ]
      )
    }
  }

  /**
   * An attempt from a place: its window is renewed when over, and past the free failures it takes
   * the next slot in the place's queue. Answers how long to wait for that slot (0 when the place
   * is under its free failures).
   */
  @InjectManager()
  async pace(key: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Pace> {
    const manager = sharedContext.manager!
    const [row] = (await manager.execute(
      `insert into login_throttle as t (id, key, failures, pending, window_started_at)
       values (?, ?, 0, 0, now())
       on conflict (key) where deleted_at is null do update set
         failures = case when t.window_started_at <= now() - make_interval(secs => ?) then 0 else t.failures end,
         next_attempt_at = case when t.window_started_at <= now() - make_interval(secs => ?) then null else t.next_attempt_at end,
         window_started_at = case when t.window_started_at <= now() - make_interval(secs => ?) then now() else t.window_started_at end,
         updated_at = now()
       returning failures`,
      [generateEntityId(undefined, "lthr"), key, this.window(), this.window(), this.window()]
    )) as { failures: number }[]
    const delay = addressDelayMs(row.failures, this.limits)
    if (delay === 0) return { waitMs: 0, failures: row.failures }
    const [slot] = (await manager.execute(
      `update login_throttle
       set next_attempt_at = greatest(now(), coalesce(next_attempt_at, now())) + make_interval(secs => ?::float8 / 1000)
       where key = ? and deleted_at is null
       returning extract(epoch from (next_attempt_at - now())) * 1000 as next_in_ms`,
      [delay, key]
    )) as { next_in_ms: string | number }[]
    // the slot taken starts one delay before the queue's new end
    const wait = Math.round(Number(slot?.next_in_ms ?? 0) - delay)
    return { waitMs: Math.min(this.limits.addressMaxDelayMs, Math.max(0, wait)), failures: row.failures }
  }

  /** A wrong password from a place: counted within its window (a place is never locked). */
  @InjectManager()
  async recordPlaceFailure(key: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `insert into login_throttle as t (id, key, failures, pending, window_started_at)
       values (?, ?, 1, 0, now())
       on conflict (key) where deleted_at is null do update set
         failures = case when t.window_started_at <= now() - make_interval(secs => ?) then 1 else t.failures + 1 end,
         next_attempt_at = case when t.window_started_at <= now() - make_interval(secs => ?) then null else t.next_attempt_at end,
         window_started_at = case when t.window_started_at <= now() - make_interval(secs => ?) then now() else t.window_started_at end,
         updated_at = now()`,
      [generateEntityId(undefined, "lthr"), key, this.window(), this.window(), this.window()]
    )
  }

  /** The attempt ended without a verdict on the password (or was abandoned): its places are given back. */
  @InjectManager()
  async release(keys: ThrottledKey[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await this.giveBack(sharedContext.manager!, keys)
  }

  /** A successful login, or a new password set by her coordinator or the staff: the login's failures and lock are forgotten. */
  @InjectManager()
  async clear(key: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(`delete from login_throttle where key = ?`, [key])
  }

  /** Deletes the rows whose window and lock are over (they would start afresh anyway). */
  @InjectManager()
  async pruneExpired(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `delete from login_throttle
       where window_started_at <= now() - make_interval(secs => ?)
         and (locked_until is null or locked_until <= now())
         and (next_attempt_at is null or next_attempt_at <= now())`,
      [this.window()]
    )
  }

  private async giveBack(manager: EntityManager, keys: ThrottledKey[]) {
    for (const entry of keys) {
      await manager.execute(
        `update login_throttle set pending = greatest(pending - 1, 0), updated_at = now()
         where key = ? and deleted_at is null`,
        [entry.key]
      )
    }
  }

  private window(): number {
    return this.limits.windowSeconds
  }
}

export default LoginThrottleModuleService
