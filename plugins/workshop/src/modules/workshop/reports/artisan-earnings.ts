import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { EarningLine, MonthTotals } from "../../../domain"

export type { EarningLine, MonthTotals }

/** One artisan's monthly totals by kind, from the ledger, with each month's statement state. */
export async function artisanMonthlyTotals(manager: EntityManager, artisanId: string, from: string, to: string): Promise<MonthTotals[]> {
  return (await manager.execute(
    `select l.period,
            coalesce(sum(l.amount) filter (where l.kind = 'piecework'), 0)::numeric(14,2)::text as piecework,
            coalesce(sum(l.amount) filter (where l.kind = 'sale_share'), 0)::numeric(14,2)::text as sale_share,
            coalesce(sum(l.amount) filter (where l.kind = 'bonus'), 0)::numeric(14,2)::text as bonus,
            coalesce(sum(l.amount) filter (where l.kind = 'deduction'), 0)::numeric(14,2)::text as deduction,
            coalesce(sum(l.amount) filter (where l.kind = 'reversal'), 0)::numeric(14,2)::text as reversal,
            sum(l.amount)::numeric(14,2)::text as net,
            count(*)::int as entry_count,
            coalesce(p.status, 'open') as status,
            s.paid_at, s.payment_reference
       from ledger_entry l
       left join period p on p.month = l.period and p.deleted_at is null
       left join statement s on s.period = l.period and s.artisan_id = l.artisan_id and s.deleted_at is null
      where l.artisan_id = ? and l.period between ? and ? and l.deleted_at is null
      group by l.period, p.status, s.paid_at, s.payment_reference
      order by l.period`,
    [artisanId, from, to]
  )) as MonthTotals[]
}

/** Every ledger entry of one artisan in one month, with what it came from. */
export async function artisanMonthLines(manager: EntityManager, artisanId: string, period: string): Promise<EarningLine[]> {
  const rows = (await manager.execute(
    `select l.id, l.kind, l.amount::numeric(14,2)::text as amount, l.created_at, l.reason, l.reverses_id, l.metadata,
            w.id as work_entry_id, w.work_date, w.quantity, w.grade, w.rate::numeric(14,2)::text as rate,
            t.id as piece_type_id, t.code, t.name_zh, t.name_en,
            o.kind as o_kind, o.amount::numeric(14,2)::text as o_amount, o.period as o_period, o.created_at as o_created_at, o.reason as o_reason,
            ow.id as ow_id, ow.work_date as ow_work_date, ow.quantity as ow_quantity, ow.grade as ow_grade, ow.rate::numeric(14,2)::text as ow_rate,
            ot.id as ot_id, ot.code as ot_code, ot.name_zh as ot_name_zh, ot.name_en as ot_name_en,
            (select r.period from ledger_entry r
              where l.source_type = 'work_entry' and r.dedupe_key = 'reversal:' || l.id and r.deleted_at is null) as corrected_in
       from ledger_entry l
       left join work_entry w on l.source_type = 'work_entry' and w.id = l.source_id
       left join piece_type t on t.id = w.piece_type_id
       left join ledger_entry o on o.id = l.reverses_id
       left join work_entry ow on o.source_type = 'work_entry' and ow.id = o.source_id
       left join piece_type ot on ot.id = ow.piece_type_id
      where l.artisan_id = ? and l.period = ? and l.deleted_at is null
      order by coalesce(w.work_date, to_char(l.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')), l.created_at, l.id`,
    [artisanId, period]
  )) as Record<string, any>[]
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    amount: r.amount,
    created_at: new Date(r.created_at).toISOString(),
    reason: r.reason,
    reverses_id: r.reverses_id,
    work_entry: r.work_entry_id
      ? {
          id: r.work_entry_id,
          work_date: r.work_date,
          quantity: r.quantity,
          grade: r.grade,
          rate: r.rate,
          piece_type: { id: r.piece_type_id, code: r.code, name_zh: r.name_zh, name_en: r.name_en },
        }
      : null,
    corrected_in: r.corrected_in ?? null,
    corrects: r.reverses_id && r.o_kind
      ? {
          kind: r.o_kind,
          amount: r.o_amount,
          period: r.o_period,
          created_at: new Date(r.o_created_at).toISOString(),
          reason: r.o_reason,
          work_entry: r.ow_id
            ? {
                id: r.ow_id,
                work_date: r.ow_work_date,
                quantity: r.ow_quantity,
                grade: r.ow_grade,
                rate: r.ow_rate,
                piece_type: { id: r.ot_id, code: r.ot_code, name_zh: r.ot_name_zh, name_en: r.ot_name_en },
              }
            : null,
        }
      : null,
    sale:
      r.kind === "sale_share"
        ? {
            product_id: r.metadata?.product_id ?? null,
            product_title: r.metadata?.product_title ?? null,
            thumbnail: r.metadata?.thumbnail ?? null,
            quantity: r.metadata?.quantity ?? null,
            order_display_id: r.metadata?.order_display_id ?? null,
          }
        : null,
  }))
}
