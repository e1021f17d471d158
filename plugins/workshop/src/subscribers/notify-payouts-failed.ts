import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyPayouts } from "../lib/notices/notify"

/** workshop.payouts.failed (a payout run's results): each woman whose transfer came back is told, once. */
export default async function noticePayoutsFailed({ event, container }: SubscriberArgs<{ ids: string[] }>) {
  await notifyPayouts(container, WorkshopEvents.PAYOUT_FAILED, event.data.ids ?? [])
}

export const config: SubscriberConfig = { event: WorkshopEvents.PAYOUTS_FAILED, context: { subscriberId: "notice-payouts-failed" } }
