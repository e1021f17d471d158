import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NOTICE_KINDS, PAYOUT_METHODS, type Notice, type NoticeKind, type NoticeList } from "../../domain"
import { NOTICE_MODULE } from "../../modules/notice"
import type { NoticeModuleService } from "../../modules/notice/service"

/**
 * A reader's in-app notices: the Notification module's `feed` notifications whose `receiver_id`
 * is her (an artisan's or a coordinator's id, from her session), newest first, each with whether
 * she has read it (the notice module), and how many she hasn't.
 */

type Query = { graph: (config: any) => Promise<{ data: any[]; metadata?: { count?: number } }> }

const queryOf = (container: MedusaContainer): Query => container.resolve(ContainerRegistrationKeys.QUERY) as Query

const isKind = (value: unknown): value is NoticeKind => (NOTICE_KINDS as readonly unknown[]).includes(value)
const text = (value: unknown): string | null => (typeof value === "string" ? value : null)

function toNotice(row: { id: string; template: string; data: Record<string, unknown> | null; created_at: Date | string }, read: boolean): Notice {
  const data = row.data ?? {}
  const method = (PAYOUT_METHODS as readonly unknown[]).includes(data.method) ? (data.method as Notice["method"]) : null
  return {
    id: row.id,
    kind: row.template as NoticeKind,
    created_at: new Date(row.created_at).toISOString(),
    read,
    period: text(data.period),
    amount: text(data.amount),
    method,
    question_id: text(data.question_id),
    artisan_name: text(data.artisan_name),
    opening_title: text(data.opening_title),
    application_id: text(data.application_id),
  }
}

/** Her notices, a page of them newest first, with her unread count. */
export async function listReaderNotices(
  container: MedusaContainer,
  readerId: string,
  page: { limit: number; offset: number }
): Promise<NoticeList> {
  const { data, metadata } = await queryOf(container).graph({
    entity: "notification",
    fields: ["id", "template", "data", "created_at"],
    filters: { receiver_id: readerId, channel: "feed" },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const notices: { id: string; template: string; data: Record<string, unknown> | null; created_at: Date | string }[] = data.filter((n) => isKind(n.template))
  const reads: NoticeModuleService = container.resolve(NOTICE_MODULE)
  const [read, readCount] = await Promise.all([reads.readNoticeIds(readerId, notices.map((n) => n.id)), reads.countNoticesRead(readerId)])
  const count = metadata?.count ?? notices.length
  return {
    notices: notices.map((n) => toNotice(n, read.has(n.id))),
    count,
    // only her own notices are ever marked read, so this is exactly her unread ones
    unread_count: Math.max(0, count - readCount),
    limit: page.limit,
    offset: page.offset,
  }
}

/** How many of her notices she hasn't read. */
export async function unreadNoticeCount(container: MedusaContainer, readerId: string): Promise<number> {
  const { metadata } = await queryOf(container).graph({
    entity: "notification",
    fields: ["id"],
    filters: { receiver_id: readerId, channel: "feed" },
    pagination: { skip: 0, take: 1 },
  })
  const reads: NoticeModuleService = container.resolve(NOTICE_MODULE)
  return Math.max(0, (metadata?.count ?? 0) - (await reads.countNoticesRead(readerId)))
}

/** The ids of her in-app notices: all, or those of `ids` that are hers. */
export async function readerNoticeIds(container: MedusaContainer, readerId: string, ids?: string[]): Promise<string[]> {
  if (ids && !ids.length) return []
  const { data } = await queryOf(container).graph({
    entity: "notification",
    fields: ["id"],
    filters: { receiver_id: readerId, channel: "feed", ...(ids ? { id: ids } : {}) },
  })
  return data.map((n: { id: string }) => n.id)
}
