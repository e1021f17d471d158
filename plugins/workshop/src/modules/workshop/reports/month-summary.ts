import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { monthBounds, type ArtisanMonthRow, type ArtisanWorkTotals, type DaySummary } from "../../../domain"
import { ANY_LIST, jsonList } from "../lib/sql"

export type ArtisanMonthSummary = ArtisanMonthRow

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
    [jsonList(workshopIds), monthBounds(month).first, monthBounds(month).last, jsonList(workshopIds), month, jsonList(workshopIds)]
  )) as ArtisanMonthSummary[]
}

/**
 * Per artisan of the given workshops who has work that day: pieces by grade, the piecework amount
 * and the number of entries, reversed entries excluded; and the day's total. Summed in the
 * database, so a day of any size (501 lines or 5,000) gives the right total.
 */
export async function workshopDaySummary(manager: EntityManager, workshopIds: string[], date: string): Promise<DaySummary> {
  const artisans = workshopIds.length
    ? ((await manager.execute(
        `select artisan_id,
                coalesce(sum(quantity) filter (where grade = 'A'), 0)::int as pieces_a,
                coalesce(sum(quantity) filter (where grade = 'B'), 0)::int as pieces_b,
                coalesce(sum(quantity) filter (where grade = 'R'), 0)::int as pieces_r,
                coalesce(sum(amount), 0)::numeric(14,2)::text as amount,
                count(*)::int as entry_count
           from work_entry
          where workshop_id = ${ANY_LIST} and work_date = ?
            and reversed_at is null and deleted_at is null
          group by artisan_id
          order by artisan_id`,
        [jsonList(workshopIds), date]
      )) as ArtisanWorkTotals[])
    : []
  const [totals] = workshopIds.length
    ? ((await manager.execute(
        `select coalesce(sum(amount), 0)::numeric(14,2)::text as total, count(*)::int as entry_count
           from work_entry
          where workshop_id = ${ANY_LIST} and work_date = ? and reversed_at is null and deleted_at is null`,
        [jsonList(workshopIds), date]
      )) as { total: string; entry_count: number }[])
    : [{ total: "0.00", entry_count: 0 }]
  return { date, artisans, total: totals.total, entry_count: totals.entry_count }
}
