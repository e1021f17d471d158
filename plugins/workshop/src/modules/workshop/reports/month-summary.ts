import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ANY_LIST, jsonList } from "../lib/sql"

export type ArtisanMonthSummary = {
  artisan_id: string
  display_name: string
  workshop_id: string
  status: string
  pieces_a: number
  pieces_b: number
  pieces_r: number
  piecework: string
  net: string
  work_days: number
}

/**
 * Per artisan of the given workshops: pieces by grade, piecework and net for one month.
 * Shaped for the indexes: work entries by (workshop_id, work_date), ledger by (artisan_id, period),
 * both partial on `deleted_at is null` (so the predicate must be there).
 */
export async function workshopMonthSummary(manager: EntityManager, workshopIds: string[], month: string): Promise<ArtisanMonthSummary[]> {
  if (!workshopIds.length) return []
  return (await manager.execute(
    `with work as (
       select artisan_id,
              coalesce(sum(quantity) filter (where grade = 'A'), 0)::int as pieces_a,
              coalesce(sum(quantity) filter (where grade = 'B'), 0)::int as pieces_b,
              coalesce(sum(quantity) filter (where grade = 'R'), 0)::int as pieces_r,
              count(distinct work_date)::int as work_days
         from work_entry
        where workshop_id = ${ANY_LIST} and work_date between ? and ?
          and reversed_at is null and deleted_at is null
        group by artisan_id
     ), money as (
       select artisan_id,
              coalesce(sum(amount) filter (where kind = 'piecework'), 0) as piecework,
              sum(amount) as net
         from ledger_entry
        where artisan_id in (select id from artisan where workshop_id = ${ANY_LIST})
          and period = ? and deleted_at is null
        group by artisan_id
     )
     select a.id as artisan_id, a.display_name, a.workshop_id, a.status,
            coalesce(w.pieces_a, 0) as pieces_a, coalesce(w.pieces_b, 0) as pieces_b, coalesce(w.pieces_r, 0) as pieces_r,
            coalesce(m.piecework, 0)::numeric(14,2)::text as piecework,
            coalesce(m.net, 0)::numeric(14,2)::text as net,
            coalesce(w.work_days, 0) as work_days
       from artisan a
       left join work w on w.artisan_id = a.id
       left join money m on m.artisan_id = a.id
      where a.workshop_id = ${ANY_LIST} and a.deleted_at is null
        and (a.status <> 'left' or w.artisan_id is not null or m.artisan_id is not null)
      order by a.display_name`,
    [jsonList(workshopIds), `${month}-01`, `${month}-31`, jsonList(workshopIds), month, jsonList(workshopIds)]
  )) as ArtisanMonthSummary[]
}
