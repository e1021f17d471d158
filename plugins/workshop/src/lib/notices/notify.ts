import type { MedusaContainer } from "@medusajs/framework/types"
import { WorkshopEvents } from "../events"
import { artisanNotices, feedNotice } from "./compose-notices"
import {
  artisanRecipients,
  failedPayoutIds,
  payoutsOf,
  statementQuestionOf,
  statementsPage,
  workshopCoordinatorIds,
} from "./recipients"
import { NOTICE_BATCH_SIZE, sendNotices, type SentNotices } from "./send-notices"

/**
 * What each event tells whom. Every function is safe to run again for the same event: each
 * notice's idempotency key (`<event>:<id>:<recipient>:<channel>`) makes it once.
 */

const NOTHING: SentNotices = { created: 0, failed_batches: 0 }

/**
 * A month closed: every woman with a statement that month is told what it makes payable to her,
 * in the app and by text. Read and sent a page at a time (500 women, 1,000 notices per call of
 * the Notification module), so a city's 12,000 women are a few dozen round trips, not 24,000.
 */
export async function notifyMonthClosed(container: MedusaContainer, month: string, pageSize = NOTICE_BATCH_SIZE / 2): Promise<SentNotices> {
  const total: SentNotices = { ...NOTHING }
  for (let skip = 0; ; skip += pageSize) {
    const statements = await statementsPage(container, month, skip, pageSize)
    if (!statements.length) break
    const women = await artisanRecipients(container, statements.map((s) => s.artisan_id))
    const notices = statements.flatMap((s) => {
      const her = women.get(s.artisan_id)
      if (!her) return []
      return artisanNotices(
        {
          event: WorkshopEvents.PERIOD_CLOSED,
          id: month,
          kind: "statement_ready",
          params: { period: month, amount: s.payable },
          resource: { type: "statement", id: s.statement_id },
        },
        her
      )
    })
    const sent = await sendNotices(container, notices)
    total.created += sent.created
    total.failed_batches += sent.failed_batches
    if (statements.length < pageSize) break
  }
  return total
}

/** A payout recorded (or one that came back): she is told the amount, in the app and by text. */
export function notifyPayout(container: MedusaContainer, event: typeof WorkshopEvents.PAYOUT_RECORDED | typeof WorkshopEvents.PAYOUT_FAILED, payoutId: string): Promise<SentNotices> {
  return notifyPayouts(container, event, [payoutId])
}

/**
 * Payouts recorded (or come back) at once, e.g. a payout run's results: each woman is told each
 * amount, read and sent a page at a time (payouts, their women, 1,000 notices per call), so a
 * city's month is a few dozen round trips, not 24,000. Notices keep the single payout's event in
 * their key, so a payout told on its own and again in a batch is told once.
 */
export async function notifyPayouts(
  container: MedusaContainer,
  event: typeof WorkshopEvents.PAYOUT_RECORDED | typeof WorkshopEvents.PAYOUT_FAILED,
  payoutIds: string[],
  pageSize = NOTICE_BATCH_SIZE / 2
): Promise<SentNotices> {
  const total: SentNotices = { ...NOTHING }
  for (let start = 0; start < payoutIds.length; start += pageSize) {
    // only what happened: payouts sent; for failures, those that did come back
    let payouts = (await payoutsOf(container, payoutIds.slice(start, start + pageSize))).filter((p) => p.kind === "sent")
    if (event === WorkshopEvents.PAYOUT_FAILED) {
      const failed = await failedPayoutIds(container, payouts.map((p) => p.id))
      payouts = payouts.filter((p) => failed.has(p.id))
    }
    const women = await artisanRecipients(container, [...new Set(payouts.map((p) => p.artisan_id))])
    const notices = payouts.flatMap((payout) => {
      const her = women.get(payout.artisan_id)
      if (!her) return []
      return artisanNotices(
        {
          event,
          id: payout.id,
          kind: event === WorkshopEvents.PAYOUT_FAILED ? "payout_failed" : "payout_sent",
          params: { period: payout.period, amount: payout.amount, method: payout.method },
          resource: { type: "payout", id: payout.id },
        },
        her
      )
    })
    const sent = await sendNotices(container, notices)
    total.created += sent.created
    total.failed_batches += sent.failed_batches
  }
  return total
}

/** A woman questioned a line of her month: each coordinator of her workshop is told, in the app. */
export async function notifyQuestionOpened(container: MedusaContainer, questionId: string): Promise<SentNotices> {
  const question = await statementQuestionOf(container, questionId)
  if (!question) return NOTHING
  const [coordinatorIds, women] = await Promise.all([
    workshopCoordinatorIds(container, question.workshop_id),
    artisanRecipients(container, [question.artisan_id]),
  ])
  const what = {
    event: WorkshopEvents.STATEMENT_QUESTION_OPENED,
    id: question.id,
    kind: "question_opened" as const,
    params: { period: question.period, question_id: question.id, artisan_name: women.get(question.artisan_id)?.display_name ?? null },
    resource: { type: "statement_question", id: question.id },
  }
  return sendNotices(container, coordinatorIds.map((id) => feedNotice(what, { id })))
}

/** Her question was answered: she is told, in the app and by text. */
export async function notifyQuestionResolved(container: MedusaContainer, questionId: string): Promise<SentNotices> {
  const question = await statementQuestionOf(container, questionId)
  if (question?.status !== "resolved") return NOTHING
  const her = (await artisanRecipients(container, [question.artisan_id])).get(question.artisan_id)
  if (!her) return NOTHING
  return sendNotices(
    container,
    artisanNotices(
      {
        event: WorkshopEvents.STATEMENT_QUESTION_RESOLVED,
        id: question.id,
        kind: "question_answered",
        params: { period: question.period, question_id: question.id },
        resource: { type: "statement_question", id: question.id },
      },
      her
    )
  )
}
