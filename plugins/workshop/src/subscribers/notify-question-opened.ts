import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyQuestionOpened } from "../lib/notices/notify"

/** workshop.statement_question.opened: each coordinator of her workshop gets a notice on the desk, once. */
export default async function noticeQuestionOpened({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyQuestionOpened(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: WorkshopEvents.STATEMENT_QUESTION_OPENED,
  context: { subscriberId: "notice-question-opened" },
}
