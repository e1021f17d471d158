import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditPlacedOrder } from "../lib/sales-ledger"

/** order.placed: credit the makers (exactly once, even if the event comes twice). */
export default async function creditMakersOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await creditPlacedOrder(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
