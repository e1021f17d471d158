import { model } from "@medusajs/framework/utils"

/**
 * A woman's attendance at a training session, taken on the coordinator's desk. Append-only and
 * exactly once: `dedupe_key` is unique (`attendance:<session>:<artisan>`), so a retried tap, a
 * replayed offline queue or two desks at once record her once.
 */
export const TrainingAttendance = model
  .define("training_attendance", {
    id: model.id({ prefix: "tratt" }).primaryKey(),
    session_id: model.text(),
    artisan_id: model.text(),
    recorded_by: model.text(),
    dedupe_key: model.text(),
  })
  .indexes([{ on: ["dedupe_key"], unique: true }, { on: ["session_id"] }, { on: ["artisan_id"] }])
