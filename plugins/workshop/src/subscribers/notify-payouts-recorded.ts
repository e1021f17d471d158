import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyPayouts } from "../lib/notices/notify"

/** workshop.payouts.recorded (a payout run's results, the month's pay shortcut): each woman is told what was paid and how, once. */
export default async function noticePayoutsRecorded({ event, container }: SubscriberArgs<{ ids: string[] }>) {
  await notifyPayouts(container, WorkshopEvents.PAYOUT_RECORDED, event.data.ids ?? [])
}

export const config: SubscriberConfig = { event: WorkshopEvents.PAYOUTS_RECORDED, context: { subscriberId: "notice-payouts-recorded" } }
