import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { appendLedgerEntries, type NewLedgerEntry } from "./post-entries"
import { ANY_LIST, jsonList } from "../../lib/sql"
import { latePostingMonth } from "../period/period-locks"
import { convert, fromFen, prorate, saleShare, splitByWeight, sumMoney, toFen } from "../../../../domain"

/** One sold line item, as the order module reports it. */
export type SoldLine = {
  line_item_id: string
  product_id: string | null
  /** line total after discounts, without tax and shipping, in the order's currency */
  base_amount: string
  currency_code: string
  product_title?: string | null
  thumbnail?: string | null
  quantity: number
}

type MakerRow = { product_id: string; share_percent: string; artisan_id: string; workshop_id: string; weight: number }

/**
 * The sale shares of one order: for each line item of a product with makers,
 * `base x share %`, split between the makers by weight (the parts add up exactly).
 * Exactly once per line item and maker: dedupe key `sale_share:<line item>:<artisan>`.
 * Earnings are in CNY: a sale in another currency is converted at the rate `rateToCny` gives
 * ("1" for CNY), and that rate is kept in the entry's metadata beside the amount. The share
 * (`base x rate x share %`) is rounded to the fen once, then split.
 */
export function saleShareEntries(
  order: { id: string; display_id?: number | null },
  lines: SoldLine[],
  makers: MakerRow[],
  period: string,
  rateToCny: (currency: string) => string
): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = []
  for (const line of lines) {
    const productMakers = makers.filter((m) => m.product_id === line.product_id)
    if (!productMakers.length) continue
    const exchangeRate = rateToCny(line.currency_code)
    const share = saleShare(line.base_amount, productMakers[0].share_percent, exchangeRate)
    const parts = splitByWeight(share, productMakers.map((m) => m.weight))
    productMakers.forEach((maker, i) => {
      if (toFen(parts[i]) === 0n) return
      entries.push({
        artisan_id: maker.artisan_id,
        workshop_id: maker.workshop_id,
        period,
        kind: "sale_share",
        amount: parts[i],
        source_type: "order_line_item",
        source_id: line.line_item_id,
        dedupe_key: `sale_share:${line.line_item_id}:${maker.artisan_id}`,
        created_by: "system",
        metadata: {
          order_id: order.id,
          order_display_id: order.display_id ?? null,
          product_id: line.product_id,
          product_title: line.product_title ?? null,
          thumbnail: line.thumbnail ?? null,
          quantity: line.quantity,
          share_percent: maker.share_percent,
          base_amount: line.base_amount,
          currency_code: line.currency_code,
          exchange_rate: exchangeRate,
        },
      })
    })
  }
  return entries
}

export async function makersOfProducts(manager: EntityManager, productIds: string[]): Promise<MakerRow[]> {
  if (!productIds.length) return []
  return (await manager.execute(
    `select s.product_id, s.share_percent::text as share_percent, m.artisan_id, a.workshop_id, m.weight
       from product_maker_share s
       join product_maker m on m.share_id = s.id and m.deleted_at is null
       join artisan a on a.id = m.artisan_id
      where s.product_id = ${ANY_LIST} and s.deleted_at is null
      order by s.product_id, m.created_at, m.id`,
    [jsonList(productIds)]
  )) as MakerRow[]
}

/**
 * An order was placed: its revenue (the lines' totals after discounts, without tax and shipping,
 * in CNY) is counted once into the programme's running total, and the makers of each line are
 * credited. Both in the caller's transaction; a redelivered event changes nothing.
 */
export async function postSaleShares(
  manager: EntityManager,
  order: { id: string; display_id?: number | null },
  lines: SoldLine[],
  currentMonth: string,
  rateToCny: (currency: string) => string
) {
  await countOrderRevenue(manager, order.id, sumMoney(lines.map((l) => convert(l.base_amount, rateToCny(l.currency_code)))))
  const makers = await makersOfProducts(manager, [...new Set(lines.map((l) => l.product_id).filter(Boolean))] as string[])
  const entries = saleShareEntries(order, lines, makers, currentMonth, rateToCny)
  if (!entries.length) return { posted: 0, ledger_entry_ids: [] as string[] }
  await lockSaleSharesTotal(manager)
  const period = await latePostingMonth(manager, currentMonth, currentMonth)
  const ids = await appendLedgerEntries(manager, entries.map((e) => ({ ...e, period })))
  return { posted: ids.length, ledger_entry_ids: ids }
}

/**
 * Takes the programme's sale-share total row first. The ledger's insert trigger adds every sale
 * share (and its reversals) to that one row and each entry to its woman's month row; a posting
 * that took the month rows and the total row interleaved could deadlock with another posting for
 * some of the same women (two refunds at once). Taken first, postings of sale shares queue here.
 * Work batches never touch that row, so they don't queue behind sales.
 */
async function lockSaleSharesTotal(manager: EntityManager) {
  await manager.execute(`select key from workshop_money_total where key = 'sale_shares' for update`)
}

/** Adds an order's revenue to the running total, once per order. */
async function countOrderRevenue(manager: EntityManager, orderId: string, revenueCny: string) {
  await manager.execute(
    `with counted as (
       insert into order_revenue (order_id, revenue_cny) values (?, ?)
       on conflict (order_id) do nothing returning revenue_cny)
     insert into workshop_money_total (key, amount) select 'sales_revenue', revenue_cny from counted
     on conflict (key) do update set amount = workshop_money_total.amount + excluded.amount, updated_at = now()`,
    [orderId, revenueCny]
  )
}

/** A canceled order's revenue leaves the running total, once. */
export async function withdrawOrderRevenue(manager: EntityManager, orderId: string) {
  await manager.execute(
    `with withdrawn as (
       update order_revenue set canceled_at = now() where order_id = ? and canceled_at is null returning revenue_cny)
     insert into workshop_money_total (key, amount) select 'sales_revenue', -revenue_cny from withdrawn
     on conflict (key) do update set amount = workshop_money_total.amount + excluded.amount, updated_at = now()`,
    [orderId]
  )
}

/** How much of a line's shares to take back: `part / whole` of the original (a refund), or all that is left. */
export type ReversalPortion = { part: string; whole: string }

export type ReverseSaleSharesInput = {
  line_item_ids: string[]
  reason_key: string
  reason: string
  /** per line item; a line without a portion has all that is left of its shares reversed */
  portions?: Record<string, ReversalPortion>
  current_month: string
  /** a canceled order: its revenue also leaves the programme's running total */
  canceled_order_id?: string | null
}

/**
 * Reverses the sale shares of the given line items (a canceled order: all that is left; a refund:
 * the refunded part of each refunded line). Each original is reversed once per `reason_key` (the
 * cancel, or one refund), into its own month if open, else the current one. The originals are
 * locked first (`FOR UPDATE`), so a cancel and a refund handled at once take turns: the second
 * sees what the first reversed and can never take back more than is left.
 */
export async function reverseSaleShares(manager: EntityManager, input: ReverseSaleSharesInput) {
  if (input.canceled_order_id) await withdrawOrderRevenue(manager, input.canceled_order_id)
  if (!input.line_item_ids.length) return { reversed: 0, ledger_entry_ids: [] as string[] }
  await lockSaleSharesTotal(manager)
  await manager.execute(
    `select id from ledger_entry
      where kind = 'sale_share' and source_type = 'order_line_item' and source_id = ${ANY_LIST} and deleted_at is null
      order by id
      for update`,
    [jsonList(input.line_item_ids)]
  )
  const originals = (await manager.execute(
    `select l.id, l.artisan_id, l.workshop_id, l.period, l.amount::text as amount, l.source_id,
            coalesce((select sum(r.amount) from ledger_entry r where r.reverses_id = l.id and r.deleted_at is null), 0)::text as already_reversed
       from ledger_entry l
      where l.kind = 'sale_share' and l.source_type = 'order_line_item' and l.source_id = ${ANY_LIST}
        and l.deleted_at is null
      order by l.id`,
    [jsonList(input.line_item_ids)]
  )) as { id: string; artisan_id: string; workshop_id: string; period: string; amount: string; source_id: string; already_reversed: string }[]
  const entries: NewLedgerEntry[] = []
  for (const o of originals) {
    const remaining = toFen(o.amount) + toFen(o.already_reversed)
    if (remaining <= 0n) continue
    const portion = input.portions?.[o.source_id]
    const wanted = portion ? toFen(prorate(o.amount, portion.part, portion.whole)) : remaining
    const amount = wanted > remaining ? remaining : wanted
    if (amount <= 0n) continue
    const period = await latePostingMonth(manager, o.period, input.current_month)
    entries.push({
      artisan_id: o.artisan_id,
      workshop_id: o.workshop_id,
      period,
      kind: "reversal",
      amount: fromFen(-amount),
      source_type: "ledger_entry",
      source_id: o.id,
      reverses_id: o.id,
      dedupe_key: `reversal:${input.reason_key}:${o.id}`,
      reason: input.reason,
      created_by: "system",
      metadata: { line_item_id: o.source_id, original_period: o.period },
    })
  }
  const ids = await appendLedgerEntries(manager, entries)
  return { reversed: ids.length, ledger_entry_ids: ids }
}
