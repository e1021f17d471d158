import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { NoticeRecipient } from "./compose-notices"
import { moneyOf } from "./compose-notices"

/**
 * Who is told, read through `query.graph` like every other read across our models. Women have no
 * language of their own in the artisan model, so their text messages are written in zh-CN.
 */

type Query = { graph: (config: any) => Promise<{ data: any[]; metadata?: { count?: number } }> }

const queryOf = (container: MedusaContainer): Query => container.resolve(ContainerRegistrationKeys.QUERY) as Query

/** These women, by id: her id and mobile. */
export async function artisanRecipients(container: MedusaContainer, artisanIds: string[]): Promise<Map<string, NoticeRecipient & { display_name: string }>> {
  if (!artisanIds.length) return new Map()
  const { data } = await queryOf(container).graph({
    entity: "artisan",
    fields: ["id", "phone", "display_name"],
    filters: { id: artisanIds },
  })
  return new Map(data.map((a: { id: string; phone: string | null; display_name: string }) => [a.id, { id: a.id, phone: a.phone, display_name: a.display_name }]))
}

/** One page of a month's statements, in artisan order: whose, and what it makes payable to her. */
export async function statementsPage(
  container: MedusaContainer,
  month: string,
  skip: number,
  take: number
): Promise<{ statement_id: string; artisan_id: string; payable: string }[]> {
  const { data } = await queryOf(container).graph({
    entity: "statement",
    fields: ["id", "artisan_id", "payable_total", "raw_payable_total"],
    filters: { period: month },
    pagination: { skip, take, order: { artisan_id: "ASC" } },
  })
  return data.map((s: any) => ({ statement_id: s.id, artisan_id: s.artisan_id, payable: moneyOf(s.raw_payable_total, s.payable_total) }))
}

/** Payouts (sent, or the rows saying they failed) with what a notice says of each; those that exist. */
export async function payoutsOf(container: MedusaContainer, payoutIds: string[]) {
  if (!payoutIds.length) return []
  const { data } = await queryOf(container).graph({
    entity: "payout",
    fields: ["id", "kind", "artisan_id", "period", "method", "amount", "raw_amount"],
    filters: { id: payoutIds },
  })
  return data.map((p: any) => ({
    id: p.id as string,
    kind: p.kind as "sent" | "failed",
    artisan_id: p.artisan_id as string,
    period: p.period as string,
    method: p.method as "wechat" | "alipay" | "bank" | "cash",
    amount: moneyOf(p.raw_amount, p.amount),
  }))
}

/** Which of these payouts came back (a `failed` row points at each). */
export async function failedPayoutIds(container: MedusaContainer, payoutIds: string[]): Promise<Set<string>> {
  if (!payoutIds.length) return new Set()
  const { data } = await queryOf(container).graph({ entity: "payout", fields: ["fails_id"], filters: { fails_id: payoutIds, kind: "failed" } })
  return new Set(data.map((f: { fails_id: string }) => f.fails_id))
}

/**
 * A statement question: whose, which workshop and month. Read by its entity name, so this compiles
 * and runs whatever else the question model holds.
 */
export async function statementQuestionOf(container: MedusaContainer, questionId: string) {
  const { data } = await queryOf(container).graph({
    entity: "statement_question",
    fields: ["id", "artisan_id", "workshop_id", "period", "status"],
    filters: { id: questionId },
  })
  const q = data[0]
  return q ? { id: q.id as string, artisan_id: q.artisan_id as string, workshop_id: q.workshop_id as string, period: q.period as string, status: q.status as string } : null
}

/** The coordinators of a workshop (each one is told, in the app). */
export async function workshopCoordinatorIds(container: MedusaContainer, workshopId: string): Promise<string[]> {
  const { data } = await queryOf(container).graph({
    entity: "workshop",
    fields: ["id", "coordinators.id"],
    filters: { id: workshopId },
  })
  return (data[0]?.coordinators ?? []).map((c: { id: string }) => c.id)
}

/** An application: who applied to which opening of which workshop. */
export async function applicationOf(container: MedusaContainer, applicationId: string) {
  const { data } = await queryOf(container).graph({
    entity: "application",
    fields: ["id", "name", "workshop_id", "opening_id", "locale", "artisan_id"],
    filters: { id: applicationId },
  })
  const a = data[0]
  if (!a) return null
  const { data: openings } = await queryOf(container).graph({ entity: "opening", fields: ["id", "title_zh"], filters: { id: a.opening_id } })
  return {
    id: a.id as string,
    name: a.name as string,
    workshop_id: a.workshop_id as string,
    locale: (a.locale === "en" ? "en" : "zh-CN") as "zh-CN" | "en",
    artisan_id: (a.artisan_id as string | null) ?? null,
    opening_title: (openings[0]?.title_zh as string | undefined) ?? null,
  }
}
