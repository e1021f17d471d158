import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditOrderMakersWorkflow } from "../workflows/credit-order-makers"

/** order.placed: credit the makers (exactly once, even if the event comes twice). */
export default async function creditMakersOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await creditOrderMakersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
