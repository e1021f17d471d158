import { model } from "@medusajs/framework/utils"

/**
 * A coordinator's attendance request, by its Idempotency-Key: the same key sent again with the
 * same session and women is a replay; with anything else it is refused (409), as a work batch's
 * key is. Kept once the attendance is recorded.
 */
export const TrainingAttendanceRequest = model
  .define("training_attendance_request", {
    id: model.id({ prefix: "trareq" }).primaryKey(),
    coordinator_id: model.text(),
    idempotency_key: model.text(),
    session_id: model.text(),
    /** sha256 of the session and the sorted women */
    request_hash: model.text(),
  })
  .indexes([{ on: ["coordinator_id", "idempotency_key"], unique: true }])
