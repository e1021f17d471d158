import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { subtractMoney, sumMoney, type Money } from "../../../domain"
import { ADVANCE_SELECT, type AdvanceRow } from "../repositories/advance/record-advance"

export type AdvanceView = Omit<AdvanceRow, "request_hash">

/** What one frozen statement recovered of her advances. */
export type AdvanceRecovery = { statement_id: string; period: string; amount: Money }

export type ArtisanAdvances = {
  /** newest first */
  advances: AdvanceView[]
  /** the statements that recovered some, newest month first */
  recoveries: AdvanceRecovery[]
  advanced: Money
  recovered: Money
  /** advanced − recovered: what her next statements will still recover */
  outstanding: Money
}

/** One woman's advances, what her statements recovered of them, and what is outstanding. */
export async function artisanAdvances(manager: EntityManager, artisanId: string): Promise<ArtisanAdvances> {
  const rows = (await manager.execute(
    `select ${ADVANCE_SELECT} from artisan_advance v where v.artisan_id = ? and v.deleted_at is null order by v.paid_on desc, v.created_at desc`,
    [artisanId]
  )) as AdvanceRow[]
  const recoveries = (await manager.execute(
    `select s.id as statement_id, s.period, s.advance_recovered::numeric(14,2)::text as amount
       from statement s where s.artisan_id = ? and s.deleted_at is null and s.advance_recovered > 0
      order by s.period desc`,
    [artisanId]
  )) as AdvanceRecovery[]
  const advanced = sumMoney(rows.map((r) => r.amount))
  const recovered = sumMoney(recoveries.map((r) => r.amount))
  return {
    advances: rows.map(({ request_hash: _hash, ...advance }) => advance),
    recoveries,
    advanced,
    recovered,
    outstanding: subtractMoney(advanced, recovered),
  }
}
