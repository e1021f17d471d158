import { model } from "@medusajs/framework/utils"

/**
 * One artisan's frozen totals for a closed period; always equal to the sum of her ledger entries
 * of that period. Marked paid once, then never changes.
 */
export const Statement = model
  .define("statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    /** YYYY-MM */
    period: model.text(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    piecework_total: model.bigNumber(),
    sale_share_total: model.bigNumber(),
    bonus_total: model.bigNumber(),
    deduction_total: model.bigNumber(),
    reversal_total: model.bigNumber(),
    net_total: model.bigNumber(),
    entry_count: model.number(),
    paid_at: model.dateTime().nullable(),
    payment_reference: model.text().nullable(),
  })
  .indexes([
    { on: ["period", "artisan_id"], unique: true },
    { on: ["artisan_id"] },
  ])
