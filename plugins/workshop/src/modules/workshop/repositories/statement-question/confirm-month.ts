import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { rawNumber } from "../../lib/sql"

export type ConfirmMonthResult = { status: "confirmed" | "already_confirmed"; period: string; confirmed_at: string; net_total: string }

export const STATEMENT_CONFIRMATION_INSERT_COLUMNS = ["id", "artisan_id", "period", "net_total", "raw_net_total", "confirmed_at"]

/**
 * She confirms a month as right, once: the net she saw then is kept with it (from the ledger).
 * Confirming again changes nothing and answers the first confirmation.
 */
export async function confirmMonth(manager: EntityManager, input: { artisan_id: string; period: string }): Promise<ConfirmMonthResult> {
  const existing = async () =>
    (
      (await manager.execute(
        `select period, confirmed_at, net_total::numeric(14,2)::text as net_total from statement_confirmation
          where artisan_id = ? and period = ? and deleted_at is null`,
        [input.artisan_id, input.period]
      )) as { period: string; confirmed_at: Date; net_total: string }[]
    )[0]
  const before = await existing()
  if (before) return { status: "already_confirmed", period: before.period, confirmed_at: new Date(before.confirmed_at).toISOString(), net_total: before.net_total }
  const [{ net }] = (await manager.execute(
    `select coalesce(sum(amount), 0)::numeric(14,2)::text as net from ledger_entry where artisan_id = ? and period = ? and deleted_at is null`,
    [input.artisan_id, input.period]
  )) as { net: string }[]
  const [id] = entityIds("sconf", 1)
  const inserted = (await manager.execute(
    `insert into statement_confirmation (${STATEMENT_CONFIRMATION_INSERT_COLUMNS.join(", ")})
     values (?, ?, ?, ?, ?::jsonb, now())
     on conflict (artisan_id, period) where deleted_at is null do nothing
     returning period, confirmed_at, net_total::numeric(14,2)::text as net_total`,
    [id, input.artisan_id, input.period, net, JSON.stringify(rawNumber(net))]
  )) as { period: string; confirmed_at: Date; net_total: string }[]
  const row = inserted[0] ?? (await existing())
  return { status: inserted.length ? "confirmed" : "already_confirmed", period: row.period, confirmed_at: new Date(row.confirmed_at).toISOString(), net_total: row.net_total }
}
