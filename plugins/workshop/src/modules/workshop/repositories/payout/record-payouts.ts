import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { entityIds } from "../../lib/ids"
import { ANY_LIST, jsonList } from "../../lib/sql"
import { fromFen, toFen, type Money, type PayoutMethod } from "../../../../domain"
import {
  appendPayouts,
  effectivePaidOf,
  PAYOUT_SELECT,
  STATEMENT_TOTALS_SELECT,
  statementPay,
  type LockedStatement,
  type NewPayoutRow,
  type PayoutRow,
} from "./payout-rows"

/** One payout of a batch (a payout run's results file): paid, or attempted and came back. */
export type BatchPayoutLine = {
  statement_id: string
  method: PayoutMethod
  amount: Money
  reference: string | null
  /** YYYY-MM-DD: the day it was paid (and, when it failed, the day it came back) */
  paid_on: string
  /** the same key records once (`payout:<key>`) */
  idempotency_key: string
  /** what was asked: the same key with another payout is a conflict */
  request_hash: string
  /** set when the transfer came back: the payout is recorded with its failure */
  failed_reason?: string | null
}

export type BatchPayoutResult =
  | { status: "recorded" | "failed"; payout_id: string; owed: Money }
  /** recorded before with this key: nothing written (or only its failure, when it has come back since: `failed`) */
  | { status: "replayed"; payout_id: string; owed: Money }
  | { status: "statement_not_found" }
  | { status: "conflict"; payout_id: string }
  /** not what is owed on the statement now: nothing written */
  | { status: "not_owed"; owed: Money }
  /** recorded before as paid, and failed since: it can't be paid again with the same key */
  | { status: "failed_before"; payout_id: string }

/**
 * Records a batch of payouts in one transaction, each exactly what is still owed on its statement
 * (a line for another amount is refused, never changed), each once per idempotency key; a line
 * whose transfer came back records the payout and its failure (the amount is owed again). The
 * statements are locked (FOR UPDATE, in id order, like any payout's), so a batch and a single
 * payout at once never overpay. Lines are taken in order: two lines on one statement see each
 * other. Returns one result per line, and the ids of the payouts and failures written (for the
 * events).
 */
export async function recordPayoutBatch(
  manager: EntityManager,
  input: { actor_id: string; lines: BatchPayoutLine[] }
): Promise<{ results: BatchPayoutResult[]; recorded_ids: string[]; failed_ids: string[] }> {
  const keys = input.lines.map((l) => `payout:${l.idempotency_key}`)
  const statementIds = [...new Set(input.lines.map((l) => l.statement_id))].sort()
  await manager.execute(`select id from statement where id = ${ANY_LIST} and deleted_at is null order by id for update`, [jsonList(statementIds)])
  const statements = new Map(
    ((await manager.execute(
      `select s.id, s.period, s.artisan_id, s.workshop_id, ${STATEMENT_TOTALS_SELECT}, ${effectivePaidOf("s.id")} as paid
         from statement s where s.id = ${ANY_LIST} and s.deleted_at is null`,
      [jsonList(statementIds)]
    )) as LockedStatement[]).map((s) => [s.id, s])
  )
  const earlier = new Map(
    ((await manager.execute(`select ${PAYOUT_SELECT}, p.dedupe_key from payout p where p.dedupe_key = ${ANY_LIST} and p.deleted_at is null`, [
      jsonList(keys),
    ])) as (PayoutRow & { dedupe_key: string })[]).map((p) => [p.dedupe_key, p])
  )
  const failedBefore = new Set(
    earlier.size
      ? ((await manager.execute(`select fails_id from payout where fails_id = ${ANY_LIST} and deleted_at is null`, [
          jsonList([...earlier.values()].map((p) => p.id)),
        ])) as { fails_id: string }[]).map((f) => f.fails_id)
      : []
  )
  const owedFen = new Map([...statements.values()].map((s) => [s.id, toFen(statementPay(s.id, s, s.paid).owed)]))
  const ids = entityIds("pout", input.lines.length * 2)
  const rows: NewPayoutRow[] = []
  const recorded: string[] = []
  const failed: string[] = []
  const newKeys = new Set<string>()
  const results = input.lines.map((line, i): BatchPayoutResult => {
    const key = keys[i]
    const statement = statements.get(line.statement_id)
    const failure = (payoutId: string, statementOf: LockedStatement): NewPayoutRow => ({
      kind: "failed",
      statement_id: statementOf.id,
      artisan_id: statementOf.artisan_id,
      workshop_id: statementOf.workshop_id,
      period: statementOf.period,
      method: line.method,
      amount: fromFen(toFen(line.amount)),
      reference: line.reference,
      paid_on: line.paid_on,
      recorded_by: input.actor_id,
      fails_id: payoutId,
      reason: line.failed_reason ?? null,
      dedupe_key: `payout_failed:${payoutId}`,
    })
    const before = earlier.get(key)
    if (before) {
      if (before.request_hash !== line.request_hash) return { status: "conflict", payout_id: before.id }
      if (failedBefore.has(before.id)) {
        return line.failed_reason ? { status: "replayed", payout_id: before.id, owed: fromFen(owedFen.get(before.statement_id) ?? 0n) } : { status: "failed_before", payout_id: before.id }
      }
      if (!line.failed_reason || !statement) return { status: "replayed", payout_id: before.id, owed: fromFen(owedFen.get(before.statement_id) ?? 0n) }
      // recorded as paid before, and it came back since
      rows.push(failure(before.id, statement))
      failedBefore.add(before.id)
      failed.push(before.id)
      owedFen.set(statement.id, (owedFen.get(statement.id) ?? 0n) + toFen(before.amount))
      return { status: "failed", payout_id: before.id, owed: fromFen(owedFen.get(statement.id)!) }
    }
    if (newKeys.has(key)) return { status: "conflict", payout_id: "" }
    if (!statement) return { status: "statement_not_found" }
    const owed = owedFen.get(statement.id) ?? 0n
    const amount = toFen(line.amount)
    if (amount <= 0n || amount !== owed) return { status: "not_owed", owed: fromFen(owed) }
    const id = ids[i * 2]
    newKeys.add(key)
    rows.push({
      kind: "sent",
      statement_id: statement.id,
      artisan_id: statement.artisan_id,
      workshop_id: statement.workshop_id,
      period: statement.period,
      method: line.method,
      amount: fromFen(amount),
      reference: line.reference,
      paid_on: line.paid_on,
      recorded_by: input.actor_id,
      dedupe_key: key,
      request_hash: line.request_hash,
      id,
    })
    recorded.push(id)
    if (!line.failed_reason) {
      owedFen.set(statement.id, owed - amount)
      return { status: "recorded", payout_id: id, owed: fromFen(owed - amount) }
    }
    rows.push(failure(id, statement))
    failed.push(id)
    return { status: "failed", payout_id: id, owed: fromFen(owed) }
  })
  const written = new Set(await appendPayouts(manager, rows))
  // every row was new under the statements' locks: a key that landed meanwhile would have been
  // skipped by `on conflict do nothing`, so check that each one we answer for was written
  const sentIds = rows.filter((r) => r.kind === "sent").map((r) => r.id!)
  const missing = sentIds.filter((id) => !written.has(id))
  if (missing.length) throw new Error(`payouts ${missing.join(", ")} were recorded at the same time by another request: try again`)
  return { results, recorded_ids: recorded, failed_ids: failed }
}
