import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

export type ImpactFigures = {
  active_artisans: number
  workshops: number
  total_paid_out: string
  median_monthly_earnings: string | null
  sale_shares_total: string
  sales_revenue: string
}

/**
 * The programme's public figures, from aggregates the money-posting transactions keep (no
 * personal data, and the same cost with ten orders or a million): active artisans and workshops,
 * total paid out (payouts that count, a failed one's amount taken back, and advances), the median of artisans' monthly net this year (one value per
 * artisan and month with earnings, from `artisan_month_total`), the sale shares credited so far
 * net of their reversals, and the sales revenue they came from (`workshop_money_total`).
 */
export async function impactFigures(manager: EntityManager, year: string): Promise<ImpactFigures> {
  const [row] = (await manager.execute(
    `select
       (select count(*)::int from artisan where status = 'active' and deleted_at is null) as active_artisans,
       (select count(*)::int from workshop where is_active and deleted_at is null) as workshops,
       ((select coalesce(sum(case kind when 'sent' then amount else -amount end), 0) from payout where deleted_at is null)
        + (select coalesce(sum(amount), 0) from artisan_advance where deleted_at is null))::numeric(14,2)::text as total_paid_out,
       (select percentile_cont(0.5) within group (order by net)::numeric(14,2)::text
          from artisan_month_total where period >= ? and period <= ? and net > 0) as median_monthly_earnings,
       (select coalesce(max(amount) filter (where key = 'sale_shares'), 0)::numeric(14,2)::text from workshop_money_total) as sale_shares_total,
       (select coalesce(max(amount) filter (where key = 'sales_revenue'), 0)::numeric(14,2)::text from workshop_money_total) as sales_revenue`,
    [`${year}-01`, `${year}-12`]
  )) as ImpactFigures[]
  return row
}
