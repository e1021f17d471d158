import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { ANY_LIST, jsonList } from "../../lib/sql"

export type PeriodStatus = "open" | "closed" | "paid"

/** Creates the period rows that don't exist yet (as open). */
export async function ensurePeriods(manager: EntityManager, months: string[]) {
  if (!months.length) return
  await manager.execute(
    `insert into period (id, month, status)
     select id, month, 'open' from jsonb_to_recordset(?::jsonb) as t(id text, month text)
     on conflict (month) where deleted_at is null do nothing`,
    [JSON.stringify(months.map((month) => ({ id: generateEntityId(undefined, "per"), month })))]
  )
}

/**
 * Reads the status of the given months and holds a SHARE lock on their rows until the
 * transaction ends. Closing a month takes an UPDATE lock on the same row, so a month can't close
 * while entries for it are being written, and once closed no writer can slip in: either the
 * writer's entries are in before the close (and in the statement), or the writer sees "closed".
 */
export async function lockPeriodsForWriting(manager: EntityManager, months: string[]): Promise<Map<string, PeriodStatus>> {
  const unique = [...new Set(months)].sort()
  await ensurePeriods(manager, unique)
  const rows = (await manager.execute(
    `select month, status from period where month = ${ANY_LIST} and deleted_at is null order by month for share`,
    [jsonList(unique)]
  )) as { month: string; status: PeriodStatus }[]
  return new Map(rows.map((r) => [r.month, r.status]))
}

/** Exclusive lock on one month's row, for closing or paying it. */
export async function lockPeriodForChange(manager: EntityManager, month: string) {
  await ensurePeriods(manager, [month])
  const [row] = (await manager.execute(
    `select id, month, status, closed_at, paid_at, payment_reference from period
     where month = ? and deleted_at is null for update`,
    [month]
  )) as { id: string; month: string; status: PeriodStatus; closed_at: Date | null; paid_at: Date | null; payment_reference: string | null }[]
  return row
}

/** The month money lands in when its own month is closed: the current month, if open. */
export async function latePostingMonth(manager: EntityManager, wanted: string, current: string): Promise<string> {
  const statuses = await lockPeriodsForWriting(manager, [wanted, current])
  if (statuses.get(wanted) === "open") return wanted
  if (statuses.get(current) === "open") return current
  throw new Error(`No open period to post into (both ${wanted} and ${current} are closed)`)
}
