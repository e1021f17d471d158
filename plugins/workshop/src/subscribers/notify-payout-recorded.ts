import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyPayout } from "../lib/notices/notify"

/** workshop.payout.recorded: she is told what was paid and how (app and text), once. */
export default async function noticePayoutRecorded({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyPayout(container, WorkshopEvents.PAYOUT_RECORDED, event.data.id)
}

export const config: SubscriberConfig = { event: WorkshopEvents.PAYOUT_RECORDED, context: { subscriberId: "notice-payout-recorded" } }
