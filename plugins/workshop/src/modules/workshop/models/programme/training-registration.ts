import { model } from "@medusajs/framework/utils"

/**
 * A place at a training session to come, booked for a woman of a workshop (`artisan_id`) or for
 * an applicant not yet hired (`application_id`; once she is hired, her artisan is set beside it).
 * Once per woman and session: `dedupe_key` is unique while the registration stands
 * (`registration:<session>:<artisan|application>:<id>`); cancelling sets `deleted_at`, so she
 * can be registered again.
 */
export const TrainingRegistration = model
  .define("training_registration", {
    id: model.id({ prefix: "trreg" }).primaryKey(),
    session_id: model.text(),
    artisan_id: model.text().nullable(),
    application_id: model.text().nullable(),
    registered_by: model.text(),
    dedupe_key: model.text(),
  })
  .indexes([{ on: ["dedupe_key"], unique: true }, { on: ["session_id"] }, { on: ["artisan_id"] }, { on: ["application_id"] }])
