import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyPayout } from "../lib/notices/notify"

/** workshop.payout.failed: she is told the payout came back and will be paid again (app and text), once. */
export default async function noticePayoutFailed({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyPayout(container, WorkshopEvents.PAYOUT_FAILED, event.data.id)
}

export const config: SubscriberConfig = { event: WorkshopEvents.PAYOUT_FAILED, context: { subscriberId: "notice-payout-failed" } }
