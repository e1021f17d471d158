import crypto from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Money, PayoutMethod } from "../../../../domain"
import type { BatchPayoutResult } from "../../../../modules/workshop/repositories/payout/record-payouts"
import { recordPayoutBatchWorkflow } from "../../../../workflows/record-payout-batch"
import type { ResultLine } from "../payout-file"

/**
 * What became of one line of a results file:
 * - `recorded`: paid, recorded as a payout now;
 * - `failed`: the transfer failed, recorded as a payout and its failure (the amount is owed again);
 * - `replayed`: this line was imported before; nothing was written;
 * - `refused`: nothing written, `refusal` says why (naming the line and the column).
 */
export type ImportOutcome = {
  line: number
  line_key: string
  statement_id: string
  amount: Money
  status: ResultLine["status"]
  result: "recorded" | "failed" | "replayed" | "refused"
  payout_id: string | null
  refusal: { field: string; message: string } | null
}

const refuse = (line: ResultLine, field: string, zh: string, en: string): ImportOutcome => ({
  ...outcomeOf(line),
  result: "refused",
  payout_id: null,
  refusal: { field, message: `${field}: 第 ${line.line} 行${zh} / line ${line.line}: ${en}` },
})

const outcomeOf = (line: ResultLine) => ({ line: line.line, line_key: line.line_key, statement_id: line.statement_id, amount: line.amount, status: line.status })

/** The idempotency key of a line's payout: importing the same line again is a replay. */
export const importKeyOf = (lineKey: string) => `import:${lineKey}`

/**
 * Applies a results file (already read and checked whole) as one batch of payouts, in one
 * transaction with its statements locked (the record-payout-batch workflow), in the file's order:
 * - a new line must carry exactly what is owed on its statement now, else it is refused (an
 *   amount is never silently changed); a paid line records a payout with the idempotency key
 *   `import:<line_key>`, a failed line records that payout and at once its failure;
 * - a line imported before is a replay: nothing is paid twice. A failed line whose payout was
 *   recorded as paid records its failure; a paid line whose payout failed since is refused (pay
 *   her again from a new export).
 */
export async function applyPayoutResults(
  scope: MedusaContainer,
  input: { method: PayoutMethod; paid_on: string; actor_id: string; lines: ResultLine[] }
): Promise<ImportOutcome[]> {
  const { result } = await recordPayoutBatchWorkflow(scope).run({
    input: {
      actor_id: input.actor_id,
      lines: input.lines.map((line) => ({
        statement_id: line.statement_id,
        method: input.method,
        amount: line.amount,
        reference: line.reference,
        paid_on: input.paid_on,
        idempotency_key: importKeyOf(line.line_key),
        request_hash: requestHashOf(line, input.method),
        failed_reason: line.status === "failed" ? line.reason : null,
      })),
    },
  })
  return input.lines.map((line, i) => outcomeFrom(line, result.results[i]))
}

function outcomeFrom(line: ResultLine, result: BatchPayoutResult): ImportOutcome {
  switch (result.status) {
    case "recorded":
    case "failed":
    case "replayed":
      return { ...outcomeOf(line), result: result.status, payout_id: result.payout_id, refusal: null }
    case "not_owed":
      return refuse(line, "amount", `：现在欠 ${result.owed} 元，不是 ${line.amount} 元，请重新导出`, `${result.owed} is owed on this statement now, not ${line.amount}: export again`)
    case "failed_before":
      return refuse(line, "status", "：这笔付款已记为失败，请重新导出再付", "this payout was recorded as failed: export again to pay her")
    case "statement_not_found":
      return refuse(line, "line_key", "的月结单不存在", "no such statement")
    case "conflict":
      return refuse(line, "line_key", "的编号已用于另一笔付款", "this line_key was used for another payout")
  }
}

function requestHashOf(line: ResultLine, method: PayoutMethod) {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify({ source: "payout-run", line_key: line.line_key, statement_id: line.statement_id, method, amount: line.amount }))
    .digest("hex")
}
