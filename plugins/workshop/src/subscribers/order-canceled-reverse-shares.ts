import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderSaleSharesWorkflow } from "../workflows/reverse-order-sale-shares"

/** order.canceled: the makers' sale shares for that order are reversed (once). */
export default async function reverseSharesOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderSaleSharesWorkflow(container).run({
    input: { order_id: event.data.id, reason_key: `cancel:${event.data.id}`, reason: "order canceled", canceled: true },
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
