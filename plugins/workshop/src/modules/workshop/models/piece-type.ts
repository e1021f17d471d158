import { model } from "@medusajs/framework/utils"
import { PieceRate } from "./piece-rate"
import { Workshop } from "./workshop"

/**
 * A unit of paid work in a workshop: a finished product variant (`product_variant_id`, read-only
 * link to Medusa's product variant) or a task such as one embroidered fan face.
 */
export const PieceType = model
  .define("piece_type", {
    id: model.id({ prefix: "ptype" }).primaryKey(),
    code: model.text(),
    name_zh: model.text(),
    name_en: model.text(),
    kind: model.enum(["product_variant", "task"]).default("task"),
    product_variant_id: model.text().nullable(),
    is_active: model.boolean().default(true),
    /** the skill (a `skill.code`) a woman needs for a line of it, unless the line is a supervised trial */
    required_skill: model.text().nullable(),
    workshop: model.belongsTo(() => Workshop, { mappedBy: "piece_types" }),
    rates: model.hasMany(() => PieceRate, { mappedBy: "piece_type" }),
  })
  .indexes([{ on: ["workshop_id", "code"], unique: true, where: "deleted_at IS NULL" }])
