import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { reverseOrderSaleSharesWorkflow } from "../workflows/reverse-order-sale-shares"

/**
 * payment.refunded: for each refund of the payment, the makers' sale shares of that order are
 * reversed in proportion to the refunded part of the order total (once per refund).
 */
export default async function reverseSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id", "payment_collection.order.total"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as any
  const order = payment?.payment_collection?.order
  if (!order || !payment.refunds?.length) return
  const total = MathBN.convert(order.total ?? 0)
  if (!total.gt(0)) return
  for (const refund of payment.refunds) {
    const fraction = MathBN.min(MathBN.div(MathBN.convert(refund.amount), total), 1).toFixed()
    await reverseOrderSaleSharesWorkflow(container).run({
      input: { order_id: order.id, reason_key: `refund:${refund.id}`, reason: "refund", fraction },
    })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded" }
