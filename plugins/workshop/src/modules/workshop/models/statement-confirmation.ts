import { model } from "@medusajs/framework/utils"

/**
 * A woman's "this month is right", once per month, with the net she saw when she confirmed (so a
 * later correction shows that the month changed since). Never updated or deleted (a trigger refuses).
 */
export const StatementConfirmation = model
  .define("statement_confirmation", {
    id: model.id({ prefix: "sconf" }).primaryKey(),
    artisan_id: model.text(),
    /** YYYY-MM */
    period: model.text(),
    net_total: model.bigNumber(),
    confirmed_at: model.dateTime(),
  })
  .indexes([{ on: ["artisan_id", "period"], unique: true }])
