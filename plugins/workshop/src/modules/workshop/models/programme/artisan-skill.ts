import { model } from "@medusajs/framework/utils"

/** A skill a woman has, granted by completing a training session: once per woman and skill. */
export const ArtisanSkill = model
  .define("artisan_skill", {
    id: model.id({ prefix: "askill" }).primaryKey(),
    artisan_id: model.text(),
    skill_code: model.text(),
    granted_by_session_id: model.text(),
    /** YYYY-MM-DD, the session's date */
    granted_on: model.text(),
  })
  .indexes([{ on: ["artisan_id", "skill_code"], unique: true }])
