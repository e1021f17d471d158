import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { appendLedgerEntries, type NewLedgerEntry } from "./post-entries"
import { ANY_LIST, jsonList } from "../lib/sql"
import { latePostingMonth } from "../periods/period-locks"
import { fromFen, splitByWeight, toFen } from "../lib/money"
import { MathBN } from "@medusajs/framework/utils"

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
 * Only CNY sales credit makers directly (their earnings are in CNY); other currencies are
 * converted by `toCny` (rate per currency) before the split.
 */
export function saleShareEntries(
  order: { id: string; display_id?: number | null },
  lines: SoldLine[],
  makers: MakerRow[],
  period: string,
  toCny: (amount: string, currency: string) => string
): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = []
  for (const line of lines) {
    const productMakers = makers.filter((m) => m.product_id === line.product_id)
    if (!productMakers.length) continue
    const share = MathBN.mult(toCny(line.base_amount, line.currency_code), MathBN.div(productMakers[0].share_percent, 100))
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

export async function postSaleShares(
  manager: EntityManager,
  order: { id: string; display_id?: number | null },
  lines: SoldLine[],
  currentMonth: string,
  toCny: (amount: string, currency: string) => string
) {
  const makers = await makersOfProducts(manager, [...new Set(lines.map((l) => l.product_id).filter(Boolean))] as string[])
  const entries = saleShareEntries(order, lines, makers, currentMonth, toCny)
  if (!entries.length) return { posted: 0 }
  const period = await latePostingMonth(manager, currentMonth, currentMonth)
  const ids = await appendLedgerEntries(manager, entries.map((e) => ({ ...e, period })))
  return { posted: ids.length }
}

/**
 * Reverses the sale shares of the given line items (a canceled order, or a refund of the given
 * fraction of each line). Each original is reversed once per `reason_key` (the cancel, or one
 * refund), into its own month if open, else the current one.
 */
export async function reverseSaleShares(
  manager: EntityManager,
  input: { line_item_ids: string[]; reason_key: string; reason: string; fraction?: string; current_month: string }
) {
  if (!input.line_item_ids.length) return { reversed: 0 }
  const originals = (await manager.execute(
    `select l.id, l.artisan_id, l.workshop_id, l.period, l.amount::text as amount, l.source_id,
            coalesce((select sum(r.amount) from ledger_entry r where r.reverses_id = l.id and r.deleted_at is null), 0)::text as already_reversed
       from ledger_entry l
      where l.kind = 'sale_share' and l.source_type = 'order_line_item' and l.source_id = ${ANY_LIST}
        and l.deleted_at is null`,
    [jsonList(input.line_item_ids)]
  )) as { id: string; artisan_id: string; workshop_id: string; period: string; amount: string; source_id: string; already_reversed: string }[]
  const entries: NewLedgerEntry[] = []
  for (const o of originals) {
    const remaining = toFen(o.amount) + toFen(o.already_reversed)
    if (remaining <= 0n) continue
    const wanted = input.fraction ? toFen(MathBN.mult(o.amount, input.fraction).toFixed()) : remaining
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
  return { reversed: ids.length }
}
