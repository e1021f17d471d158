import { model } from "@medusajs/framework/utils"

/**
 * One recorded batch line of output. The applied rate and amount are frozen at recording time.
 * A reversal never deletes it: `reversed_at` / `reversal_reason` are set once and the ledger gets
 * a reversing entry.
 */
export const WorkEntry = model
  .define("work_entry", {
    id: model.id({ prefix: "wkent" }).primaryKey(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    piece_type_id: model.text(),
    quantity: model.number(),
    grade: model.enum(["A", "B", "R"]),
    /** YYYY-MM-DD */
    work_date: model.text(),
    /** YYYY-MM */
    period: model.text(),
    rate: model.bigNumber(),
    amount: model.bigNumber(),
    recorded_by: model.text(),
    batch_id: model.text(),
    line_index: model.number(),
    note: model.text().nullable(),
    /** a supervised trial: she hasn't the piece type's required skill yet, the coordinator watched */
    trial: model.boolean().default(false),
    reversed_at: model.dateTime().nullable(),
    reversed_by: model.text().nullable(),
    reversal_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["artisan_id", "work_date"] },
    { on: ["workshop_id", "work_date"] },
    { on: ["batch_id", "line_index"], unique: true },
  ])
