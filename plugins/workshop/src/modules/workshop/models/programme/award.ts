import { model } from "@medusajs/framework/utils"
import { AWARD_LEVELS, AWARD_SUBJECTS } from "../../../../domain/programme"

/**
 * A contest award (the Guangdong women's handicraft contest: 2021's golds and silver, 2023's
 * bronzes), given to a piece (product), a maker (shown only with her consent) or a workshop.
 */
export const Award = model
  .define("award", {
    id: model.id({ prefix: "awd" }).primaryKey(),
    contest_zh: model.text(),
    contest_en: model.text(),
    year: model.number(),
    level: model.enum([...AWARD_LEVELS]),
    category_zh: model.text().nullable(),
    category_en: model.text().nullable(),
    subject_type: model.enum([...AWARD_SUBJECTS]),
    subject_id: model.text(),
  })
  .indexes([{ on: ["subject_type", "subject_id"] }, { on: ["year"] }])
