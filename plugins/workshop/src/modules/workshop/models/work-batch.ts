import { model } from "@medusajs/framework/utils"

/**
 * One `POST /coordinator/work-entries` call, kept by its Idempotency-Key: the same key with the
 * same body returns the stored response; with a different body, 409.
 */
export const WorkBatch = model
  .define("work_batch", {
    id: model.id({ prefix: "wkbat" }).primaryKey(),
    coordinator_id: model.text(),
    idempotency_key: model.text(),
    request_hash: model.text(),
    line_count: model.number(),
    response: model.json().nullable(),
    /** the answer as first sent, byte for byte (jsonb reorders keys): a replay sends exactly this */
    response_body: model.text().nullable(),
  })
  .indexes([{ on: ["coordinator_id", "idempotency_key"], unique: true }])
