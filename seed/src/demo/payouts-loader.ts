import { createHash } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyMonthClosed, notifyPayout } from "@jinxiu/workshop/notices"
import type { PayoutMethod } from "@jinxiu/workshop/domain"
import { ARTISANS } from "./people"
import type { People } from "./people-loader"
import { DEMO_ADVANCE, FAILED_PAYOUT, OPEN_QUESTION, payDayOf, payoutDetailsFor, referenceOf } from "./payouts"
import type { WorkshopService } from "./workshop-service"

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex")

/** Every demo woman's payout details (kept as they are when a rerun finds them). */
export async function loadPayoutDetails(service: WorkshopService, people: People, actorId: string) {
  let set = 0
  for (const [index, artisan] of ARTISANS.entries()) {
    const id = people.artisanIds.get(artisan.phone)
    if (!id) continue
    const kept = await service.payoutDetailsOfArtisan(id)
    if (kept) continue
    await service.setPayoutDetails({ ...payoutDetailsFor(artisan, index), artisan_id: id, actor_id: actorId })
    set++
  }
  return set
}

/** The demo's advance, before `month` is closed: a little more than she earned in it. */
export async function loadDemoAdvance(service: WorkshopService, people: People, month: string, actorId: string) {
  const id = people.artisanIds.get(DEMO_ADVANCE.phone)
  if (!id) return null
  const [totals] = await service.artisanMonthlyTotals(id, month, month)
  const amount = DEMO_ADVANCE.amountFor(totals?.net ?? "0")
  const asked = { artisan_id: id, method: "wechat" as PayoutMethod, amount, reason: DEMO_ADVANCE.reason }
  const result = await service.recordAdvance({
    ...asked,
    reference: `WECHAT-ADV-${month.replace("-", "")}`,
    paid_on: DEMO_ADVANCE.paidOn(month),
    actor_id: actorId,
    idempotency_key: `seed:advance:${month}:${DEMO_ADVANCE.phone}`,
    request_hash: hash(asked),
  })
  if (result.status !== "recorded" && result.status !== "replayed") throw new Error(`Demo advance: ${result.status}`)
  return result.advance
}

/**
 * A closed month paid per woman on the 5th of the next month, each with her own method (what is
 * still owed on each statement). With `withFailure`, one woman's transfer comes back the next day
 * and she is paid again the day after. A rerun replays (the keys are the month's and hers).
 */
export async function payMonthPerWoman(service: WorkshopService, people: People, month: string, actorId: string, withFailure: boolean) {
  const phoneOf = new Map([...people.artisanIds.entries()].map(([phone, id]) => [id, phone]))
  const { statements } = await service.periodPayouts(month)
  let recorded = 0
  for (const [n, statement] of statements.entries()) {
    const phone = phoneOf.get(statement.artisan_id)
    if (!phone || statement.state === "paid") continue
    const method: PayoutMethod = statement.payout_details?.method ?? "bank"
    const pay = async (key: string, paidOn: string, reference: string | null) => {
      const asked = { statement_id: statement.statement_id, method, amount: statement.owed, reference, paid_on: paidOn }
      const result = await service.recordPayout({ ...asked, actor_id: actorId, idempotency_key: key, request_hash: hash(asked) })
      if (result.status !== "recorded" && result.status !== "replayed") throw new Error(`Demo payout ${key}: ${result.status}`)
      return result
    }
    const first = await pay(`seed:payout:${month}:${phone}`, payDayOf(month), referenceOf(method, month, n + 1))
    recorded++
    if (withFailure && phone === FAILED_PAYOUT.phone && "payout" in first) {
      await service.recordPayoutFailure({ payout_id: first.payout.id, reason: FAILED_PAYOUT.reason, failed_on: FAILED_PAYOUT.failedOn(month), actor_id: actorId })
      await pay(`seed:payout-again:${month}:${phone}`, FAILED_PAYOUT.paidAgainOn(month), referenceOf(method, month, 900 + n))
      recorded++
    }
  }
  return recorded
}

/** The open question on `month` (the one awaiting close), on her first piecework line. */
export async function loadOpenQuestion(service: WorkshopService, people: People, month: string) {
  const id = people.artisanIds.get(OPEN_QUESTION.phone)
  if (!id) return null
  const line = (await service.artisanMonthLines(id, month)).find((l) => l.kind === "piecework")
  if (!line) return null
  const asked = { artisan_id: id, period: month, ledger_entry_id: line.id, reason: OPEN_QUESTION.reason, note: OPEN_QUESTION.note }
  const result = await service.askStatementQuestion({ ...asked, idempotency_key: `seed:question:${month}:${OPEN_QUESTION.phone}`, request_hash: hash(asked) })
  if (result.status !== "opened" && result.status !== "replayed") throw new Error(`Demo question: ${result.status}`)
  return result.question_id ?? null
}

/**
 * The notices the demo's closes and payouts would have sent (the seed works through the module,
 * so no event fires): the latest closed month's statements, and the payouts of the month before
 * and of that one (the transfer that came back included). The demo artisan finds them unread.
 * Each notice has its key: a rerun sends nothing twice.
 */
export async function loadNotices(container: MedusaContainer, service: WorkshopService, months: string[]) {
  let created = 0
  for (const month of months) {
    created += (await notifyMonthClosed(container, month)).created
    const { statements } = await service.periodPayouts(month)
    for (const payout of statements.flatMap((s) => s.payouts)) {
      created += (await notifyPayout(container, "workshop.payout.recorded", payout.id)).created
      if (payout.status === "failed") created += (await notifyPayout(container, "workshop.payout.failed", payout.id)).created
    }
  }
  return created
}
