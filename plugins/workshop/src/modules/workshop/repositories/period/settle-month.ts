import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { settleMonth, type Money } from "../../../../domain"

const rawOf = (column: string) => `jsonb_build_object('value', ${column}::numeric(14,2)::text, 'precision', 20)`

/**
 * Her latest statement frozen before `month`'s (in the order statements were frozen, so a late
 * month closed after a later one still hands on what it carries), as SQL over alias `s`: the
 * balance it carries out, `least(0, net + carried_in)` (the domain's carriedOutOf).
 */
const CARRIED_FROM_PREVIOUS = `coalesce((
    select least(0, p.net_total + p.carried_in) from statement p
     where p.artisan_id = s.artisan_id and p.period <> s.period and p.deleted_at is null
     order by p.created_at desc, p.id desc limit 1), 0)`

/**
 * A woman with a negative balance carried out of her latest statement and no work in `month` still
 * gets a statement for it (all totals 0), so the balance travels on to the month that absorbs it.
 */
export async function insertCarriedStatements(manager: EntityManager, month: string): Promise<string[]> {
  const zero = `jsonb_build_object('value', '0', 'precision', 20)`
  const rows = (await manager.execute(
    `with latest as (
       select distinct on (p.artisan_id) p.artisan_id, p.workshop_id, least(0, p.net_total + p.carried_in) as carried
         from statement p
        where p.deleted_at is null and p.period <> ?
        order by p.artisan_id, p.created_at desc, p.id desc
     )
     insert into statement (id, period, artisan_id, workshop_id,
       piecework_total, raw_piecework_total, sale_share_total, raw_sale_share_total,
       bonus_total, raw_bonus_total, deduction_total, raw_deduction_total,
       reversal_total, raw_reversal_total, net_total, raw_net_total, entry_count)
     select 'stmt_' || substr(md5(random()::text || l.artisan_id), 1, 26), ?, l.artisan_id, coalesce(a.workshop_id, l.workshop_id),
       0, ${zero}, 0, ${zero}, 0, ${zero}, 0, ${zero}, 0, ${zero}, 0, ${zero}, 0
       from latest l
       left join artisan a on a.id = l.artisan_id
      where l.carried < 0
        and not exists (select 1 from statement x where x.artisan_id = l.artisan_id and x.period = ? and x.deleted_at is null)
     on conflict (period, artisan_id) where deleted_at is null do nothing
     returning id`,
    [month, month, month]
  )) as { id: string }[]
  return rows.map((r) => r.id)
}

/**
 * Settles `month`'s freshly frozen statements (the caller holds the month's lock and the settlement
 * lock, and inserted them payable = net with nothing carried or recovered): each one whose net is
 * negative, or whose woman carries a negative balance in or has advances, is settled by the
 * domain's settleMonth; the rest pay their net as inserted. Returns how many it settled.
 */
export async function settleStatements(manager: EntityManager, month: string, statementIds: string[]): Promise<number> {
  if (!statementIds.length) return 0
  const candidates = (await manager.execute(
    `select s.id, s.net_total::numeric(14,2)::text as net,
            (${CARRIED_FROM_PREVIOUS})::numeric(14,2)::text as carried_in,
            greatest(0, coalesce(adv.advanced, 0) - coalesce(rec.recovered, 0))::numeric(14,2)::text as advance_outstanding
       from statement s
       left join lateral (select sum(v.amount) as advanced from artisan_advance v where v.artisan_id = s.artisan_id and v.deleted_at is null) adv on true
       left join lateral (select sum(r.advance_recovered) as recovered from statement r where r.artisan_id = s.artisan_id and r.deleted_at is null and r.period <> s.period) rec on true
      where s.period = ? and s.deleted_at is null and s.id = any(array(select jsonb_array_elements_text(?::jsonb)))
        and (s.net_total < 0
             or exists (select 1 from artisan_advance v where v.artisan_id = s.artisan_id and v.deleted_at is null)
             or exists (select 1 from statement p where p.artisan_id = s.artisan_id and p.period <> s.period and p.deleted_at is null
                          and p.net_total + p.carried_in < 0))
      order by s.id`,
    [month, JSON.stringify(statementIds)]
  )) as { id: string; net: Money; carried_in: Money; advance_outstanding: Money }[]
  if (!candidates.length) return 0
  const settled = candidates.map((c) => ({ id: c.id, ...settleMonth(c) }))
  await manager.execute(
    `update statement s
        set carried_in = v.carried_in, raw_carried_in = ${rawOf("v.carried_in")},
            advance_recovered = v.advance_recovered, raw_advance_recovered = ${rawOf("v.advance_recovered")},
            payable_total = v.payable, raw_payable_total = ${rawOf("v.payable")}, updated_at = now()
       from jsonb_to_recordset(?::jsonb) as v(id text, carried_in numeric, advance_recovered numeric, payable numeric)
      where s.id = v.id`,
    [JSON.stringify(settled.map((s) => ({ id: s.id, carried_in: s.carried_in, advance_recovered: s.advance_recovered, payable: s.payable })))]
  )
  return settled.length
}
