import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { appendLedgerEntries } from "../ledger/post-entries"
import { latePostingMonth, lockPeriodsForWriting, type PeriodStatus } from "../period/period-locks"
import { fromFen, toFen } from "../../../../domain"

export type ReverseWorkEntryInput = {
  work_entry_id: string
  /** the workshops the caller may act on; null for programme staff (all) */
  workshop_ids: string[] | null
  reason: string
  actor_id: string
  current_month: string
  /**
   * When set, a correction that can't land in the entry's own month (closed or paid) is made only
   * if `confirm_period` names the month it will land in; otherwise nothing is written and the
   * answer says where it would land, so the person can be asked first.
   */
  ask_before_late?: boolean
  confirm_period?: string | null
}

export type ReverseWorkEntryResult =
  | { status: "reversed"; work_entry_id: string; reversal_ledger_entry_id: string | null; period: string }
  | { status: "not_found" }
  | { status: "already_reversed" }
  | { status: "needs_confirmation"; original_period: string; original_status: PeriodStatus; period: string; amount: string }

/**
 * Reverses a work entry: the entry stays (marked reversed, with the reason), and its ledger
 * entry gets a reversing entry, in the entry's own month if still open, otherwise in the current
 * month with a reference to the original (and, with `ask_before_late`, only once the caller has
 * confirmed that month).
 */
export async function reverseWorkEntry(manager: EntityManager, input: ReverseWorkEntryInput): Promise<ReverseWorkEntryResult> {
  const [entry] = (await manager.execute(
    `select id, workshop_id, artisan_id, period, reversed_at from work_entry where id = ? and deleted_at is null for update`,
    [input.work_entry_id]
  )) as { id: string; workshop_id: string; artisan_id: string; period: string; reversed_at: Date | null }[]
  if (!entry || (input.workshop_ids && !input.workshop_ids.includes(entry.workshop_id))) {
    return { status: "not_found" }
  }
  if (entry.reversed_at) return { status: "already_reversed" }

  const [original] = (await manager.execute(
    `select id, amount::text as amount, period from ledger_entry where dedupe_key = ? and deleted_at is null`,
    [`work_entry:${entry.id}`]
  )) as { id: string; amount: string; period: string }[]

  let reversalId: string | null = null
  let period = entry.period
  if (original) {
    period = await latePostingMonth(manager, original.period, input.current_month)
    if (input.ask_before_late && period !== original.period && input.confirm_period !== period) {
      const statuses = await lockPeriodsForWriting(manager, [original.period])
      return {
        status: "needs_confirmation",
        original_period: original.period,
        original_status: statuses.get(original.period) ?? "closed",
        period,
        amount: fromFen(toFen(original.amount)),
      }
    }
    const [id] = await appendLedgerEntries(manager, [
      {
        artisan_id: entry.artisan_id,
        workshop_id: entry.workshop_id,
        period,
        kind: "reversal",
        amount: fromFen(-toFen(original.amount)),
        source_type: "ledger_entry",
        source_id: original.id,
        reverses_id: original.id,
        dedupe_key: `reversal:${original.id}`,
        reason: input.reason,
        created_by: input.actor_id,
        metadata: { work_entry_id: entry.id, original_period: original.period },
      },
    ])
    reversalId = id ?? null
  }
  await manager.execute(
    `update work_entry set reversed_at = now(), reversed_by = ?, reversal_reason = ?, updated_at = now() where id = ?`,
    [input.actor_id, input.reason, entry.id]
  )
  return { status: "reversed", work_entry_id: entry.id, reversal_ledger_entry_id: reversalId, period }
}
