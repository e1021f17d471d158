import { model } from "@medusajs/framework/utils"

/**
 * An application's history, appended to and never changed: each move (and the hire) with who made
 * it and the note they left.
 */
export const ApplicationNote = model
  .define("application_note", {
    id: model.id({ prefix: "apnote" }).primaryKey(),
    application_id: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    note: model.text().nullable(),
    actor_id: model.text(),
  })
  .indexes([{ on: ["application_id", "created_at"], where: "deleted_at IS NULL" }])
