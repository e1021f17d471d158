import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WorkshopEvents } from "../lib/events"
import { notifyQuestionResolved } from "../lib/notices/notify"

/** workshop.statement_question.resolved: she is told her question was answered (app and text), once. */
export default async function noticeQuestionResolved({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyQuestionResolved(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: WorkshopEvents.STATEMENT_QUESTION_RESOLVED,
  context: { subscriberId: "notice-question-resolved" },
}
