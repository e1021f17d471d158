import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ANY_LIST, jsonList } from "../lib/sql"

/** One maker's sale share of one order line, as posted, with what was reversed of it since. */
export type PostedSaleShare = {
  id: string
  artisan_id: string
  workshop_id: string
  line_item_id: string
  /** as credited, CNY */
  amount: string
  /** the reversals of it (zero or negative), CNY */
  reversed: string
  product_id: string | null
  product_title: string | null
  quantity: number | null
  base_amount: string | null
  share_percent: string | null
  currency_code: string | null
  /** CNY per unit of the order's currency, as applied when it was credited */
  exchange_rate: string | null
}

/**
 * The sale shares the ledger holds for one order (found by the order id kept in each entry's
 * metadata, through its own index), each with the sum of its reversals. What a page says an order
 * paid its makers is read from here, never recomputed from today's makers or exchange rates.
 */
export async function orderSaleShares(manager: EntityManager, orderId: string): Promise<PostedSaleShare[]> {
  return (await manager.execute(
    `select l.id, l.artisan_id, l.workshop_id, l.source_id as line_item_id, l.amount::text as amount,
            coalesce((select sum(r.amount) from ledger_entry r where r.reverses_id = l.id and r.deleted_at is null), 0)::numeric(14,2)::text as reversed,
            l.metadata->>'product_id' as product_id, l.metadata->>'product_title' as product_title,
            (l.metadata->>'quantity')::int as quantity, l.metadata->>'base_amount' as base_amount,
            l.metadata->>'share_percent' as share_percent, l.metadata->>'currency_code' as currency_code,
            l.metadata->>'exchange_rate' as exchange_rate
       from ledger_entry l
      where l.kind = 'sale_share' and (l.metadata->>'order_id') = ? and l.deleted_at is null
      order by l.source_id, l.created_at, l.id`,
    [orderId]
  )) as PostedSaleShare[]
}

/** What the ledger's world has handled of an order: its placing (revenue counted), its cancel. */
export type OrderSettlement = { order_id: string; canceled: boolean }

/**
 * Of the given orders, those whose placing was handled (an `order_revenue` row, written in the
 * same transaction as their sale shares), and whether their cancel was. An order missing here had
 * its `order.placed` lost (a crash between the answer and the subscriber): see the sales sweep.
 */
export async function orderSettlements(manager: EntityManager, orderIds: string[]): Promise<OrderSettlement[]> {
  if (!orderIds.length) return []
  return (await manager.execute(
    `select order_id, canceled_at is not null as canceled from order_revenue where order_id = ${ANY_LIST}`,
    [jsonList(orderIds)]
  )) as OrderSettlement[]
}
