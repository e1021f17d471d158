import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/**
 * Before a month closes (inside the close's transaction, its row locked): the questions about it
 * still open. Closing with open questions needs a reason; without one the close is refused and
 * writes nothing. A month not yet over, or already closed, is left to the close's own rules.
 */
export async function openQuestionsBlockingClose(
  manager: EntityManager,
  input: { month: string; current_month: string; reason?: string | null }
): Promise<string[]> {
  if (input.month >= input.current_month) return []
  // the close takes this row lock too; a month without a row yet is open (and nothing is written here)
  const [period] = (await manager.execute(`select status from period where month = ? and deleted_at is null for update`, [input.month])) as {
    status: string
  }[]
  if (period && period.status !== "open") return []
  const rows = (await manager.execute(
    `select id from statement_question where period = ? and status = 'open' and deleted_at is null order by created_at, id`,
    [input.month]
  )) as { id: string }[]
  return rows.map((r) => r.id)
}

/** Records why a month was closed with questions still open (the admin shows it on the month). */
export async function recordCloseReason(manager: EntityManager, month: string, reason: string): Promise<void> {
  await manager.execute(`update period set close_reason = ?, updated_at = now() where month = ? and deleted_at is null`, [reason, month])
}
