import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyApplicationHired } from "../lib/notices/notify"

/** workshop.application.hired: she is welcomed, in the app and by text, once. */
export default async function noticeApplicationHired({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyApplicationHired(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: WorkshopEvents.APPLICATION_HIRED,
  context: { subscriberId: "notice-application-hired" },
}
