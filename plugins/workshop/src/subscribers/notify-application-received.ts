import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyApplicationNew } from "../lib/notices/notify"

/** workshop.application.received: each coordinator of the opening's workshop gets a notice on the desk, once per application. */
export default async function noticeApplicationReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyApplicationNew(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: WorkshopEvents.APPLICATION_RECEIVED,
  context: { subscriberId: "notice-application-received" },
}
