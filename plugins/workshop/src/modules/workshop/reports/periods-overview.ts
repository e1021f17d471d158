import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { compareMoney, subtractMoney } from "../../../domain"

export type PeriodOverview = {
  month: string
  /**
   * open, closed, or paid: marked paid with the month's shortcut, or closed with every statement
   * paid by its payouts (nothing owed)
   */
  status: "open" | "closed" | "paid"
  /** a closed month's statements: what they made payable, what their payouts paid, what is still owed (null while open) */
  payable_total: string | null
  paid_total: string | null
  owed_total: string | null
  artisans: number
  net_total: string
  closed_at: string | null
  /** why it was closed with questions still open */
  close_reason: string | null
  /** women's questions about the month still open */
  open_questions: number
  paid_at: string | null
  payment_reference: string | null
}

/** Every month with money or a period row: its status and totals (frozen ones once closed), and what is still owed. */
export async function periodsOverview(manager: EntityManager): Promise<PeriodOverview[]> {
  const rows = (await manager.execute(
    `with months as (
       -- every month with money has a period row: writers create it before writing
       select month from period where deleted_at is null
     ), live as (
       -- open months are summed live; closed ones come from their frozen statements
       select period, count(distinct artisan_id)::int as artisans, sum(amount) as net
         from ledger_entry
        where deleted_at is null
          and period in (select month from period where status = 'open' and deleted_at is null)
        group by period
     ), frozen as (
       select period, count(*)::int as artisans, sum(net_total) as net, sum(payable_total) as payable
         from statement where deleted_at is null group by period
     ), paid as (
       -- a failed payout's own row repeats its amount: sent − failed is what counts
       select period, sum(case kind when 'sent' then amount else -amount end) as paid, count(*) as payouts
         from payout where deleted_at is null group by period
     )
     select m.month, coalesce(p.status, 'open') as status,
            case when coalesce(p.status, 'open') = 'open' then coalesce(l.artisans, 0) else coalesce(f.artisans, 0) end as artisans,
            (case when coalesce(p.status, 'open') = 'open' then coalesce(l.net, 0) else coalesce(f.net, 0) end)::numeric(14,2)::text as net_total,
            p.closed_at, p.close_reason, p.paid_at, p.payment_reference,
            case when coalesce(p.status, 'open') = 'open' then null else coalesce(f.payable, 0)::numeric(14,2)::text end as payable_total,
            case when coalesce(p.status, 'open') = 'open' then null else coalesce(pd.paid, 0)::numeric(14,2)::text end as paid_total,
            coalesce(pd.payouts, 0)::int as payouts,
            (select count(*)::int from statement_question q where q.period = m.month and q.status = 'open' and q.deleted_at is null) as open_questions
       from months m
       left join period p on p.month = m.month and p.deleted_at is null
       left join live l on l.period = m.month
       left join frozen f on f.period = m.month
       left join paid pd on pd.period = m.month
      order by m.month desc`
  )) as (Omit<PeriodOverview, "owed_total"> & { payouts: number })[]
  return rows.map(({ payouts, ...row }) => {
    const owed = row.payable_total === null || row.paid_total === null ? null : subtractMoney(row.payable_total, row.paid_total)
    const paidInFull = row.status === "closed" && payouts > 0 && owed !== null && compareMoney(owed, 0) <= 0
    return { ...row, status: paidInFull ? "paid" : row.status, owed_total: owed }
  })
}

/** What closing a month would freeze: per artisan totals by kind, without writing anything. */
export async function closePreview(manager: EntityManager, month: string) {
  return (await manager.execute(
    `select l.artisan_id, a.display_name, a.workshop_id,
            coalesce(sum(l.amount) filter (where l.kind = 'piecework'), 0)::numeric(14,2)::text as piecework,
            coalesce(sum(l.amount) filter (where l.kind = 'sale_share'), 0)::numeric(14,2)::text as sale_share,
            coalesce(sum(l.amount) filter (where l.kind = 'bonus'), 0)::numeric(14,2)::text as bonus,
            coalesce(sum(l.amount) filter (where l.kind = 'deduction'), 0)::numeric(14,2)::text as deduction,
            coalesce(sum(l.amount) filter (where l.kind = 'reversal'), 0)::numeric(14,2)::text as reversal,
            sum(l.amount)::numeric(14,2)::text as net
       from ledger_entry l join artisan a on a.id = l.artisan_id
      where l.period = ? and l.deleted_at is null
      group by l.artisan_id, a.display_name, a.workshop_id
      order by a.workshop_id, a.display_name`,
    [month]
  )) as Record<string, string>[]
}

/** A closed month's statements with the artisan's name and workshop, for the admin and CSV. */
export async function statementsOfPeriod(manager: EntityManager, month: string) {
  return (await manager.execute(
    `select s.id, s.period, s.artisan_id, a.display_name, a.legal_name, a.phone, w.handle as workshop_handle, w.name_zh as workshop_name,
            s.piecework_total::numeric(14,2)::text as piecework_total, s.sale_share_total::numeric(14,2)::text as sale_share_total,
            s.bonus_total::numeric(14,2)::text as bonus_total, s.deduction_total::numeric(14,2)::text as deduction_total,
            s.reversal_total::numeric(14,2)::text as reversal_total, s.net_total::numeric(14,2)::text as net_total,
            s.entry_count, s.paid_at, s.payment_reference
       from statement s
       join artisan a on a.id = s.artisan_id
       join workshop w on w.id = s.workshop_id
      where s.period = ? and s.deleted_at is null
      order by w.handle, a.display_name`,
    [month]
  )) as Record<string, any>[]
}
