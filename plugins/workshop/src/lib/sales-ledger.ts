import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../modules/workshop"
import type WorkshopModuleService from "../modules/workshop/service"
import { creditOrderMakersWorkflow } from "../workflows/credit-order-makers"
import { reverseOrderSaleSharesWorkflow } from "../workflows/reverse-order-sale-shares"

/**
 * What the shop's events do to the makers' ledger, in one place: the subscribers call these when
 * an event arrives, and the sales sweep (jobs/sweep-sales.ts) calls them again for events that
 * never arrived. Every one is safe to repeat: each ledger entry has a dedupe key, and an order's
 * revenue is counted and withdrawn once.
 */

/** order.placed: credit the makers of each line. */
export async function creditPlacedOrder(container: MedusaContainer, orderId: string) {
  return creditOrderMakersWorkflow(container).run({ input: { order_id: orderId } })
}

/** order.canceled: all that is left of the order's sale shares is reversed, its revenue withdrawn. */
export async function reverseCanceledOrder(container: MedusaContainer, orderId: string) {
  return reverseOrderSaleSharesWorkflow(container).run({
    input: { order_id: orderId, reason_key: `cancel:${orderId}`, reason: "order canceled", canceled: true },
  })
}

/**
 * payment.refunded: for each refund of the payment, the makers' sale shares of that order are
 * reversed, once per refund: for the line items the refund names (`metadata.line_items`:
 * `[{ line_item_id, quantity }]`, as the admin's refund of given items records them), that part of
 * each; for a refund naming no lines, in proportion to the refunded part of what was paid (the
 * payment's captured amount, else its amount). Not the order's current total: Medusa lowers that
 * with a credit line as soon as it refunds, so it would make the first partial refund take all.
 */
export async function reverseRefundsOfPayment(container: MedusaContainer, paymentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "captures.amount", "refunds.id", "refunds.amount", "refunds.metadata", "payment_collection.order.id"],
    filters: { id: paymentId },
  })
  const payment = data[0] as any
  const order = payment?.payment_collection?.order
  if (!order || !payment.refunds?.length) return
  const captured = (payment.captures ?? []).reduce(
    (sum: ReturnType<typeof MathBN.convert>, c: { amount: unknown }) => MathBN.add(sum, MathBN.convert(c.amount as never)),
    MathBN.convert(0)
  )
  const total = captured.gt(0) ? captured : MathBN.convert(payment.amount ?? 0)
  if (!total.gt(0)) return
  for (const refund of payment.refunds) {
    const lineItems = Array.isArray(refund.metadata?.line_items) ? refund.metadata.line_items : null
    await reverseOrderSaleSharesWorkflow(container).run({
      input: {
        order_id: order.id,
        reason_key: `refund:${refund.id}`,
        reason: "refund",
        refund: { amount: MathBN.convert(refund.amount).toFixed(), order_total: total.toFixed(), line_items: lineItems },
      },
    })
  }
}

export type SalesSweepWindow = {
  /** orders and refunds created at or after this moment are looked at */
  since: Date
  /** …and before this one: younger ones are left to their events, which are on their way */
  until: Date
}

export type SalesSweepResult = { orders_seen: number; credited: string[]; canceled: string[]; refunded_payments: number }

const PAGE = 500

/**
 * Catches up on the shop's events that were lost. Without Redis, Medusa's event bus lives in the
 * backend's memory: an order answered to the customer and then a crash (or a deploy) before the
 * subscriber ran leaves the makers uncredited, for good. The sweep finds, in the window:
 * orders whose placing the ledger never saw (no `order_revenue` row) and credits them; canceled
 * orders whose cancel it never saw and reverses them; and it replays the refunds of the window
 * (each refund reverses once, by its dedupe keys, so a replay of a handled one writes nothing).
 */
export async function sweepSales(container: MedusaContainer, window: SalesSweepWindow): Promise<SalesSweepResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const workshop = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
  const result: SalesSweepResult = { orders_seen: 0, credited: [], canceled: [], refunded_payments: 0 }
  const created_at = { $gte: window.since.toISOString(), $lt: window.until.toISOString() }

  for (let skip = 0; ; skip += PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status", "is_draft_order"],
      filters: { created_at } as any,
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    const placed = (orders as { id: string; status: string; is_draft_order?: boolean }[]).filter((o) => !o.is_draft_order)
    result.orders_seen += placed.length
    const settled = new Map((await workshop.orderSettlements(placed.map((o) => o.id))).map((s) => [s.order_id, s]))
    for (const order of placed) {
      let settlement = settled.get(order.id)
      if (!settlement) {
        await creditPlacedOrder(container, order.id)
        result.credited.push(order.id)
        settlement = { order_id: order.id, canceled: false }
      }
      if (order.status === "canceled" && !settlement.canceled) {
        await reverseCanceledOrder(container, order.id)
        result.canceled.push(order.id)
      }
    }
    if (orders.length < PAGE) break
  }

  const paymentIds = new Set<string>()
  for (let skip = 0; ; skip += PAGE) {
    const { data: refunds } = await query.graph({
      entity: "refund",
      fields: ["id", "payment.id"],
      filters: { created_at } as any,
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    for (const refund of refunds as { payment?: { id: string } | null }[]) if (refund.payment?.id) paymentIds.add(refund.payment.id)
    if (refunds.length < PAGE) break
  }
  for (const paymentId of paymentIds) await reverseRefundsOfPayment(container, paymentId)
  result.refunded_payments = paymentIds.size
  return result
}
