import { model } from "@medusajs/framework/utils"

/**
 * Money paid to a woman ahead of her earnings (an advance, e.g. for a large order), in CNY.
 * Append-only, like payouts: never updated or deleted (the service refuses, and a database trigger
 * refuses too). It is recovered from her next statements as they are frozen (statement
 * `advance_recovered`, by the domain's settleMonth), never more than a month leaves her; what is
 * outstanding is always the advances less what her statements recovered.
 * `dedupe_key` is unique (`advance:<idempotency key>`): a retried request writes nothing.
 */
export const Advance = model
  .define("artisan_advance", {
    id: model.id({ prefix: "adv" }).primaryKey(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    method: model.enum(["wechat", "alipay", "bank", "cash"]),
    /** positive */
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    reference: model.text().nullable(),
    /** YYYY-MM-DD in Asia/Shanghai: the day it was paid */
    paid_on: model.text(),
    /** why she was advanced money (a large order, …) */
    reason: model.text(),
    recorded_by: model.text(),
    dedupe_key: model.text(),
    /** what was asked, so the same key with another request is refused */
    request_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["dedupe_key"], unique: true },
    { on: ["artisan_id"] },
  ])
