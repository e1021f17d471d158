import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyMonthClosed } from "../lib/notices/notify"

/** workshop.period.closed: every woman with a statement that month gets a notice (app and text), once. */
export default async function noticeMonthClosed({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyMonthClosed(container, event.data.id)
}

export const config: SubscriberConfig = { event: WorkshopEvents.PERIOD_CLOSED, context: { subscriberId: "notice-month-closed" } }
