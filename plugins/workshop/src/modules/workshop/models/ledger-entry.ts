import { model } from "@medusajs/framework/utils"

/**
 * One money movement for an artisan, in CNY. Append-only: never updated or deleted (the service
 * refuses, and a database trigger refuses too). A correction is a reversal entry pointing at the
 * original (`reverses_id`) plus a new entry. `dedupe_key` is unique: the same source can never
 * post twice (a retried request, a redelivered event).
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    /** YYYY-MM */
    period: model.text(),
    kind: model.enum(["piecework", "sale_share", "bonus", "deduction", "reversal"]),
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    source_type: model.enum(["work_entry", "order_line_item", "adjustment", "ledger_entry"]),
    source_id: model.text(),
    reverses_id: model.text().nullable(),
    dedupe_key: model.text(),
    reason: model.text().nullable(),
    created_by: model.text(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["dedupe_key"], unique: true },
    { on: ["artisan_id", "period"] },
    { on: ["period", "artisan_id"] },
    { on: ["source_type", "source_id"] },
    { on: ["reverses_id"], where: "reverses_id IS NOT NULL" },
  ])
