import { model } from "@medusajs/framework/utils"

/**
 * A woman's question about one line of her month (or about work missing from it), and how it was
 * resolved. Only the resolution is ever written after it is asked, once (a database trigger refuses
 * any other change, a second resolution and every delete): the question's facts stay as she asked
 * them. A correction is never an edit: it posts a reversal and/or an adjustment to the ledger
 * (`correction_entry_ids`). `dedupe_key` is unique (`question:<artisan>:<Idempotency-Key>`): a
 * retried request asks once.
 */
export const StatementQuestion = model
  .define("statement_question", {
    id: model.id({ prefix: "sq" }).primaryKey(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    /** YYYY-MM, the month she questioned */
    period: model.text(),
    /** the line she questioned; null for missing work */
    ledger_entry_id: model.text().nullable(),
    reason: model.enum(["quantity_wrong", "grade_wrong", "missing_work", "other"]),
    note: model.text().nullable(),
    status: model.enum(["open", "resolved"]).default("open"),
    resolution: model.enum(["correction", "answer"]).nullable(),
    answer_note: model.text().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    /** the ledger entries the correction posted (a reversal, an adjustment) */
    correction_entry_ids: model.json().nullable(),
    dedupe_key: model.text(),
    /** what was asked, so the same key with another question is refused */
    request_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["dedupe_key"], unique: true },
    { on: ["artisan_id", "period"] },
    { on: ["workshop_id", "status"] },
    { on: ["period", "status"] },
  ])
