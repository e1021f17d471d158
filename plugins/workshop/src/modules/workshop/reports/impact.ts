import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PROGRAMME_INCOME_BAND } from "../../../domain"

export type ImpactFigures = {
  active_artisans: number
  workshops: number
  total_paid_out: string
  median_monthly_earnings: string | null
  sale_shares_total: string
  sales_revenue: string
  /** the programme's own part: how women arrive, learn and are recognised */
  openings: number
  open_openings: number
  women_hired_through_openings: number
  training_sessions_held: number
  trainee_sessions: number
  skills_granted: number
  awards: number
  /** women-months this year with earnings, and how many of them fell inside the income band */
  earning_months: number
  earning_months_in_band: number
}

/**
 * The programme's public figures, from aggregates the money-posting transactions keep (no
 * personal data, and the same cost with ten orders or a million): active artisans and workshops,
 * total paid out (payouts that count, a failed one's amount taken back, and advances), the median of artisans' monthly net this year (one value per
 * artisan and month with earnings, from `artisan_month_total`), the sale shares credited so far
 * net of their reversals, and the sales revenue they came from (`workshop_money_total`).
 * The programme's figures are counted from its records: openings (and those open), women hired
 * through them, training sessions held by `today` and their attendances, skills granted, awards,
 * and this year's earning months inside the programme's income band (`PROGRAMME_INCOME_BAND`).
 */
export async function impactFigures(manager: EntityManager, year: string, today: string): Promise<ImpactFigures> {
  const [row] = (await manager.execute(
    `select
       (select count(*)::int from artisan where status = 'active' and deleted_at is null) as active_artisans,
       (select count(*)::int from workshop where is_active and deleted_at is null) as workshops,
       ((select coalesce(sum(case kind when 'sent' then amount else -amount end), 0) from payout where deleted_at is null)
        + (select coalesce(sum(amount), 0) from artisan_advance where deleted_at is null))::numeric(14,2)::text as total_paid_out,
       (select percentile_cont(0.5) within group (order by net)::numeric(14,2)::text
          from artisan_month_total where period >= ? and period <= ? and net > 0) as median_monthly_earnings,
       (select coalesce(max(amount) filter (where key = 'sale_shares'), 0)::numeric(14,2)::text from workshop_money_total) as sale_shares_total,
       (select coalesce(max(amount) filter (where key = 'sales_revenue'), 0)::numeric(14,2)::text from workshop_money_total) as sales_revenue,
       (select count(*)::int from opening where deleted_at is null) as openings,
       (select count(*)::int from opening where status = 'open' and deleted_at is null) as open_openings,
       (select count(*)::int from application where status = 'hired' and artisan_id is not null and deleted_at is null) as women_hired_through_openings,
       (select count(*)::int from training_session where date <= ? and deleted_at is null) as training_sessions_held,
       (select count(*)::int from training_attendance where deleted_at is null) as trainee_sessions,
       (select count(*)::int from artisan_skill where deleted_at is null) as skills_granted,
       (select count(*)::int from award where deleted_at is null) as awards,
       (select count(*)::int from artisan_month_total where period >= ? and period <= ? and net > 0) as earning_months,
       (select count(*)::int from artisan_month_total where period >= ? and period <= ? and net >= ? and net <= ?) as earning_months_in_band`,
    [`${year}-01`, `${year}-12`, today, `${year}-01`, `${year}-12`, `${year}-01`, `${year}-12`, PROGRAMME_INCOME_BAND.low, PROGRAMME_INCOME_BAND.high]
  )) as ImpactFigures[]
  return row
}
