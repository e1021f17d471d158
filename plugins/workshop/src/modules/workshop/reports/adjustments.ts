import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { fromFen, toFen, type Money } from "../../../domain"

/** A bonus or a deduction as it was posted: the amount as entered (positive), its month and its reason. */
export type AdjustmentView = {
  id: string
  artisan_id: string
  display_name: string
  workshop_id: string
  workshop_handle: string
  period: string
  kind: "bonus" | "deduction"
  amount: Money
  reason: string | null
  created_by: string
  created_at: Date
}

/** The newest adjustments, `limit` of them from `offset`, of one workshop and/or one month when given. */
export async function recentAdjustments(
  manager: EntityManager,
  filter: { workshop_id?: string; period?: string; limit: number; offset: number }
): Promise<AdjustmentView[]> {
  const where = [`l.source_type = 'adjustment'`, `l.deleted_at is null`]
  const params: unknown[] = []
  if (filter.workshop_id) {
    where.push(`l.workshop_id = ?`)
    params.push(filter.workshop_id)
  }
  if (filter.period) {
    where.push(`l.period = ?`)
    params.push(filter.period)
  }
  const rows = (await manager.execute(
    `select l.id, l.artisan_id, a.display_name, l.workshop_id, w.handle as workshop_handle, l.period, l.kind,
            l.amount::numeric(14,2)::text as amount, l.reason, l.created_by, l.created_at
       from ledger_entry l
       join artisan a on a.id = l.artisan_id
       join workshop w on w.id = l.workshop_id
      where ${where.join(" and ")}
      order by l.created_at desc, l.id desc
      limit ? offset ?`,
    [...params, filter.limit, filter.offset]
  )) as AdjustmentView[]
  return rows.map((r) => {
    const fen = toFen(r.amount)
    return { ...r, amount: fromFen(fen < 0n ? -fen : fen) }
  })
}
