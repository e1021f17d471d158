import { model } from "@medusajs/framework/utils"

/**
 * A money fact about paying a woman her statement, in CNY. Append-only, like the ledger: never
 * updated or deleted (the service refuses, and a database trigger refuses too).
 * - `sent`: a payout recorded against a statement (method, amount, reference, day paid);
 * - `failed`: the transfer came back; a row of its own pointing at the payout (`fails_id`, at most
 *   one per payout), which gives the amount back to what is owed on the statement.
 * `dedupe_key` is unique (`payout:<idempotency key>`, `payout_failed:<payout id>`): a retried
 * request writes nothing.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    kind: model.enum(["sent", "failed"]),
    statement_id: model.text(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    /** YYYY-MM, the statement's month */
    period: model.text(),
    method: model.enum(["wechat", "alipay", "bank", "cash"]),
    /** positive; a failed row repeats the amount of the payout it fails */
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    reference: model.text().nullable(),
    /** YYYY-MM-DD in Asia/Shanghai: the day it was paid (a failed row: the day it came back) */
    paid_on: model.text(),
    recorded_by: model.text(),
    /** on a failed row: the payout that failed */
    fails_id: model.text().nullable(),
    /** on a failed row: why (wrong account, …) */
    reason: model.text().nullable(),
    dedupe_key: model.text(),
    /** what was asked, so the same key with another request is refused */
    request_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["dedupe_key"], unique: true },
    { on: ["fails_id"], unique: true, where: "fails_id IS NOT NULL" },
    { on: ["statement_id"] },
    { on: ["artisan_id"] },
    { on: ["period"] },
  ])
