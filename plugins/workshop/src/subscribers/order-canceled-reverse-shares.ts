import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseCanceledOrder } from "../lib/sales-ledger"

/** order.canceled: the makers' sale shares for that order are reversed (once). */
export default async function reverseSharesOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseCanceledOrder(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.canceled" }
