import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { NoticeRead } from "./models/notice-read"

const ANY_LIST = "any(array(select jsonb_array_elements_text(?::jsonb)))"

export class NoticeModuleService extends MedusaService({ NoticeRead }) {
  /**
   * Marks these notices read by her; ones she had read already are left as they were. Returns
   * the ids newly marked. One statement, so two at once never fail on the unique row.
   */
  @InjectTransactionManager()
  async markNoticesRead(
    readerId: string,
    notificationIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!notificationIds.length) return []
    const rows = [...new Set(notificationIds)].map((notification_id) => ({ id: generateEntityId(undefined, "nread"), notification_id }))
    const inserted = (await sharedContext.transactionManager!.execute(
      `insert into notice_read (id, reader_id, notification_id)
       select t.id, ?, t.notification_id from jsonb_to_recordset(?::jsonb) as t(id text, notification_id text)
       on conflict (reader_id, notification_id) where deleted_at is null do nothing
       returning notification_id`,
      [readerId, JSON.stringify(rows)]
    )) as { notification_id: string }[]
    return inserted.map((r) => r.notification_id)
  }

  /** Undoes `markNoticesRead` (a workflow's compensation): those notices unread again. */
  @InjectTransactionManager()
  async unmarkNoticesRead(
    readerId: string,
    notificationIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!notificationIds.length) return
    await sharedContext.transactionManager!.execute(
      `delete from notice_read where reader_id = ? and notification_id = ${ANY_LIST}`,
      [readerId, JSON.stringify(notificationIds)]
    )
  }

  /** Which of these notices she has read. */
  @InjectManager()
  async readNoticeIds(
    readerId: string,
    notificationIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Set<string>> {
    if (!notificationIds.length) return new Set()
    const rows = (await sharedContext.manager!.execute(
      `select notification_id from notice_read where reader_id = ? and notification_id = ${ANY_LIST} and deleted_at is null`,
      [readerId, JSON.stringify(notificationIds)]
    )) as { notification_id: string }[]
    return new Set(rows.map((r) => r.notification_id))
  }

  /** How many of her notices she has read (every row is one of hers: only hers are ever marked). */
  @InjectManager()
  async countNoticesRead(readerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const rows = (await sharedContext.manager!.execute(
      `select count(*)::int as count from notice_read where reader_id = ? and deleted_at is null`,
      [readerId]
    )) as { count: number }[]
    return rows[0]?.count ?? 0
  }
}

export default NoticeModuleService
