import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

export type ImpactFigures = {
  active_artisans: number
  workshops: number
  total_paid_out: string
  median_monthly_earnings: string | null
  sale_shares_total: string
}

/**
 * The programme's public figures, computed from the ledger and statements only (no personal data):
 * active artisans, total paid out (paid statements), the median of artisans' monthly net this
 * year (one value per artisan and month with earnings), and the sale shares credited so far, net
 * of their reversals (canceled orders, refunds).
 */
export async function impactFigures(manager: EntityManager, year: string): Promise<ImpactFigures> {
  const [row] = (await manager.execute(
    `select
       (select count(*)::int from artisan where status = 'active' and deleted_at is null) as active_artisans,
       (select count(*)::int from workshop where is_active and deleted_at is null) as workshops,
       (select coalesce(sum(net_total), 0)::numeric(14,2)::text from statement where paid_at is not null and deleted_at is null) as total_paid_out,
       (select percentile_cont(0.5) within group (order by net)::numeric(14,2)::text
          from (select artisan_id, period, sum(amount) as net from ledger_entry where period like ? and deleted_at is null group by artisan_id, period) m
         where net > 0) as median_monthly_earnings,
       (select coalesce(sum(l.amount), 0)::numeric(14,2)::text
          from ledger_entry l
         where l.deleted_at is null
           and (l.kind = 'sale_share'
                or (l.kind = 'reversal' and exists (
                      select 1 from ledger_entry o where o.id = l.reverses_id and o.kind = 'sale_share')))
       ) as sale_shares_total`,
    [`${year}-%`]
  )) as ImpactFigures[]
  return row
}
