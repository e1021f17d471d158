import type { MedusaContainer } from "@medusajs/framework/types"
import { WorkshopEvents } from "../events"
import { createHash } from "node:crypto"
import { applicationStatusPath, type NoticeLocale } from "../../domain"
import { artisanNotices, feedNotice, smsNotice } from "./compose-notices"
import {
  applicationOf,
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

/**
 * A woman applied to an opening: she gets a text in her language with her private status link.
 * Sent by the apply route itself, the one place that holds the token (only its hash is kept, and
 * events carry ids only). Once per token: applying again makes a new token and a new text.
 */
export async function notifyApplicant(
  container: MedusaContainer,
  applicant: { application_id: string; phone: string; locale: NoticeLocale; opening_title: string | null; token: string }
): Promise<SentNotices> {
  const base = (process.env.STOREFRONT_URL ?? "").trim().replace(/\/+$/, "")
  const link = `${base}${applicationStatusPath(applicant.token, applicant.locale)}`
  const tokenId = createHash("sha256").update(applicant.token).digest("hex").slice(0, 16)
  const sms = smsNotice(
    {
      event: WorkshopEvents.APPLICATION_RECEIVED,
      id: `${applicant.application_id}:${tokenId}`,
      kind: "application_received",
      params: { opening_title: applicant.opening_title, application_id: applicant.application_id, link },
      resource: { type: "application", id: applicant.application_id },
    },
    { id: applicant.application_id, phone: applicant.phone, locale: applicant.locale }
  )
  return sms ? sendNotices(container, [sms]) : NOTHING
}

/** Someone applied to an opening: each coordinator of its workshop is told, in the app, once per application. */
export async function notifyApplicationNew(container: MedusaContainer, applicationId: string): Promise<SentNotices> {
  const application = await applicationOf(container, applicationId)
  if (!application) return NOTHING
  const coordinatorIds = await workshopCoordinatorIds(container, application.workshop_id)
  const what = {
    event: WorkshopEvents.APPLICATION_RECEIVED,
    id: application.id,
    kind: "application_new" as const,
    params: { artisan_name: application.name, opening_title: application.opening_title, application_id: application.id },
    resource: { type: "application", id: application.id },
  }
  return sendNotices(container, coordinatorIds.map((id) => feedNotice(what, { id })))
}

/**
 * She was hired from her application: welcomed in the app and by text, in the language she
 * applied in, with where her income pages are (her coordinator hands her the password). Once.
 */
export async function notifyApplicationHired(container: MedusaContainer, applicationId: string): Promise<SentNotices> {
  const application = await applicationOf(container, applicationId)
  if (!application?.artisan_id) return NOTHING
  const her = (await artisanRecipients(container, [application.artisan_id])).get(application.artisan_id)
  if (!her) return NOTHING
  const base = (process.env.STOREFRONT_URL ?? "").trim().replace(/\/+$/, "")
  return sendNotices(
    container,
    artisanNotices(
      {
        event: WorkshopEvents.APPLICATION_HIRED,
        id: application.id,
        kind: "application_hired",
        params: { opening_title: application.opening_title, application_id: application.id, link: `${base}/${application.locale}/me` },
        resource: { type: "application", id: application.id },
      },
      { ...her, locale: application.locale }
    )
  )
}
