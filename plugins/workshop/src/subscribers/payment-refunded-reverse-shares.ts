import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseRefundsOfPayment } from "../lib/sales-ledger"

/** payment.refunded: each refund of the payment reverses its part of the makers' sale shares, once (see reverseRefundsOfPayment). */
export default async function reverseSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseRefundsOfPayment(container, event.data.id)
}

export const config: SubscriberConfig = { event: "payment.refunded" }
