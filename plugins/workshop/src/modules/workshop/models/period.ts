import { model } from "@medusajs/framework/utils"

/** A calendar month of earnings: open, then closed (statements frozen), then paid. */
export const Period = model
  .define("period", {
    id: model.id({ prefix: "per" }).primaryKey(),
    /** YYYY-MM */
    month: model.text(),
    status: model.enum(["open", "closed", "paid"]).default("open"),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    /** why the month was closed while questions about it were still open */
    close_reason: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    payment_reference: model.text().nullable(),
  })
  .indexes([{ on: ["month"], unique: true }])
