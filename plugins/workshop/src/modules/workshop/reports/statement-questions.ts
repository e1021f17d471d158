import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { StatementConfirmation, StatementQuestion } from "../../../domain"
import { ANY_LIST, jsonList } from "../lib/sql"

export type QuestionFilter = {
  ids?: string[]
  artisan_id?: string
  /** null: every workshop (programme staff); [] matches nothing */
  workshop_ids?: string[] | null
  period?: string
  status?: "open" | "resolved"
  limit?: number
  offset?: number
}

/**
 * Questions with what the desk, the admin and her month page show beside them: her name, the line
 * she questioned (what it was and its amount), and what a correction changed (the sum of the
 * ledger entries it posted). Newest first, open ones before resolved ones.
 */
export async function listQuestions(manager: EntityManager, filter: QuestionFilter): Promise<{ questions: StatementQuestion[]; count: number }> {
  const where: string[] = ["q.deleted_at is null"]
  const params: unknown[] = []
  if (filter.ids) {
    where.push(`q.id = ${ANY_LIST}`)
    params.push(jsonList(filter.ids))
  }
  if (filter.artisan_id) {
    where.push("q.artisan_id = ?")
    params.push(filter.artisan_id)
  }
  if (filter.workshop_ids) {
    if (!filter.workshop_ids.length) return { questions: [], count: 0 }
    where.push(`q.workshop_id = ${ANY_LIST}`)
    params.push(jsonList(filter.workshop_ids))
  }
  if (filter.period) {
    where.push("q.period = ?")
    params.push(filter.period)
  }
  if (filter.status) {
    where.push("q.status = ?")
    params.push(filter.status)
  }
  const [{ count }] = (await manager.execute(`select count(*)::int as count from statement_question q where ${where.join(" and ")}`, params)) as {
    count: number
  }[]
  const rows = (await manager.execute(
    `select q.id, q.artisan_id, q.workshop_id, q.period, q.ledger_entry_id, q.reason, q.note, q.status, q.resolution,
            q.answer_note, q.resolved_by, q.resolved_at, coalesce(q.correction_entry_ids, '[]'::jsonb) as correction_entry_ids, q.created_at,
            a.display_name as artisan_name,
            l.kind as line_kind, l.amount::numeric(14,2)::text as line_amount,
            w.work_date, w.quantity, w.grade, t.name_zh as piece_type_zh, t.name_en as piece_type_en,
            coalesce(l.period, q.period) as money_period, coalesce(p.status, 'open') as money_period_status,
            (select coalesce(sum(c.amount), 0)::numeric(14,2)::text from ledger_entry c
              where c.id in (select jsonb_array_elements_text(coalesce(q.correction_entry_ids, '[]'::jsonb)))) as correction_amount
       from statement_question q
       left join artisan a on a.id = q.artisan_id
       left join ledger_entry l on l.id = q.ledger_entry_id
       left join work_entry w on l.source_type = 'work_entry' and w.id = l.source_id
       left join piece_type t on t.id = w.piece_type_id
       left join period p on p.month = coalesce(l.period, q.period) and p.deleted_at is null
      where ${where.join(" and ")}
      order by (q.status = 'open') desc, q.created_at desc, q.id
      limit ? offset ?`,
    [...params, filter.limit ?? 100, filter.offset ?? 0]
  )) as Record<string, any>[]
  return {
    count,
    questions: rows.map((r) => ({
      id: r.id,
      artisan_id: r.artisan_id,
      workshop_id: r.workshop_id,
      period: r.period,
      ledger_entry_id: r.ledger_entry_id,
      reason: r.reason,
      note: r.note,
      status: r.status,
      resolution: r.resolution,
      answer_note: r.answer_note,
      resolved_by: r.resolved_by,
      resolved_at: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
      correction_entry_ids: r.correction_entry_ids ?? [],
      correction_amount: r.status === "resolved" ? r.correction_amount : null,
      created_at: new Date(r.created_at).toISOString(),
      artisan_name: r.artisan_name ?? "",
      money_period: { month: r.money_period, status: r.money_period_status },
      line: r.ledger_entry_id
        ? {
            kind: r.line_kind,
            amount: r.line_amount,
            work_date: r.work_date ?? null,
            piece_type_zh: r.piece_type_zh ?? null,
            piece_type_en: r.piece_type_en ?? null,
            quantity: r.quantity ?? null,
            grade: r.grade ?? null,
          }
        : null,
    })),
  }
}

/** Her confirmation of a month, or null. */
export async function confirmationOf(manager: EntityManager, artisanId: string, period: string): Promise<StatementConfirmation | null> {
  const [row] = (await manager.execute(
    `select period, confirmed_at, net_total::numeric(14,2)::text as net_total from statement_confirmation
      where artisan_id = ? and period = ? and deleted_at is null`,
    [artisanId, period]
  )) as { period: string; confirmed_at: Date; net_total: string }[]
  return row ? { period: row.period, confirmed_at: new Date(row.confirmed_at).toISOString(), net_total: row.net_total } : null
}
