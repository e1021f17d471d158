import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { reverseOrderSaleSharesWorkflow } from "../workflows/reverse-order-sale-shares"

/**
 * payment.refunded: for each refund of the payment, the makers' sale shares of that order are
 * reversed, once per refund: for the line items the refund names (`metadata.line_items`:
 * `[{ line_item_id, quantity }]`, as the admin's refund of given items records them), that part of
 * each; for a refund naming no lines, in proportion to the refunded part of what was paid (the
 * payment's captured amount, else its amount). Not the order's current total: Medusa lowers that
 * with a credit line as soon as it refunds, so it would make the first partial refund take all.
 */
export default async function reverseSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "captures.amount", "refunds.id", "refunds.amount", "refunds.metadata", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as any
  const order = payment?.payment_collection?.order
  if (!order || !payment.refunds?.length) return
  const captured = (payment.captures ?? []).reduce((sum: ReturnType<typeof MathBN.convert>, c: { amount: unknown }) => MathBN.add(sum, MathBN.convert(c.amount as never)), MathBN.convert(0))
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

export const config: SubscriberConfig = { event: "payment.refunded" }
