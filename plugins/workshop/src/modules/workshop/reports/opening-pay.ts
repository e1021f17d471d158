import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { payRange, payRangeMonths, type PayRange } from "../../../domain/programme"

/**
 * The pay each opening shows, read from the ledger: per woman and month (over payRangeMonths of
 * `currentMonth`), the piecework she was credited for the opening's piece types, net of the
 * reversals of those lines; then the domain's payRange (none below PAY_RANGE_MIN_WOMEN women).
 */
export async function openingPayRanges(
  manager: EntityManager,
  openings: { id: string; piece_type_ids: string[] }[],
  currentMonth: string
): Promise<Record<string, PayRange | null>> {
  const result: Record<string, PayRange | null> = {}
  for (const o of openings) result[o.id] = null
  const withWork = openings.filter((o) => Array.isArray(o.piece_type_ids) && o.piece_type_ids.length > 0)
  if (!withWork.length) return result
  const { from, to } = payRangeMonths(currentMonth)
  const rows = (await manager.execute(
    `select o.id as opening_id, e.artisan_id, e.period, sum(e.amount)::numeric(14,2)::text as net
       from jsonb_to_recordset(?::jsonb) as o(id text, piece_type_ids jsonb)
       join ledger_entry e
         on e.period >= ? and e.period <= ? and e.deleted_at is null and e.kind in ('piecework', 'reversal')
       left join ledger_entry r on e.kind = 'reversal' and r.id = e.reverses_id
       join work_entry w
         on w.id = case when e.kind = 'piecework' and e.source_type = 'work_entry' then e.source_id
                        when r.kind = 'piecework' and r.source_type = 'work_entry' then r.source_id end
      where w.piece_type_id in (select jsonb_array_elements_text(o.piece_type_ids))
      group by o.id, e.artisan_id, e.period
     having sum(e.amount) > 0`,
    [JSON.stringify(withWork.map((o) => ({ id: o.id, piece_type_ids: o.piece_type_ids }))), from, to]
  )) as { opening_id: string; artisan_id: string; net: string }[]
  for (const o of withWork) result[o.id] = payRange(rows.filter((r) => r.opening_id === o.id))
  return result
}
