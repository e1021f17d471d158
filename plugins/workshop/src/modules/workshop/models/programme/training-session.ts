import { model } from "@medusajs/framework/utils"

/**
 * One training session of the programme (20 of them in 2023, for close to 500 women): its topic,
 * the skill it teaches, when and where, who trains. Held for one workshop (`workshop_id`), or open
 * to every workshop's women in a village (`workshop_id` null).
 */
export const TrainingSession = model
  .define("training_session", {
    id: model.id({ prefix: "trs" }).primaryKey(),
    topic_zh: model.text(),
    topic_en: model.text(),
    /** the skill completing this session grants (a `skill.code`) */
    skill_code: model.text(),
    /** YYYY-MM-DD */
    date: model.text(),
    place_zh: model.text(),
    place_en: model.text(),
    trainer: model.text(),
    workshop_id: model.text().nullable(),
    village_zh: model.text().nullable(),
    village_en: model.text().nullable(),
    capacity: model.number(),
  })
  .indexes([{ on: ["workshop_id", "date"] }, { on: ["date"] }])
