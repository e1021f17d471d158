import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { reverseOrderSaleSharesWorkflow } from "../workflows/reverse-order-sale-shares"

/**
 * payment.refunded: for each refund of the payment, the makers' sale shares of that order are
 * reversed, once per refund: for the line items the refund names (`metadata.line_items`:
 * `[{ line_item_id, quantity }]`, as the admin's refund of given items records them), that part of
 * each; for a refund naming no lines, in proportion to the refunded part of the order total.
 */
export default async function reverseSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "refunds.metadata", "payment_collection.order.id", "payment_collection.order.total"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as any
  const order = payment?.payment_collection?.order
  if (!order || !payment.refunds?.length) return
  const total = MathBN.convert(order.total ?? 0)
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

export const config: SubscriberConfig = { event: "payment.refunded" }
