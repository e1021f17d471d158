import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"
import { Coordinator } from "./coordinator"
import { PieceType } from "./piece-type"

/**
 * A place where a group of women work (工坊). Names, places and stories are kept in both
 * languages the shop speaks, Chinese first.
 */
export const Workshop = model
  .define("workshop", {
    id: model.id({ prefix: "wksp" }).primaryKey(),
    handle: model.text(),
    name_zh: model.text(),
    name_en: model.text(),
    city_zh: model.text(),
    city_en: model.text(),
    district_zh: model.text().nullable(),
    district_en: model.text().nullable(),
    story_zh: model.text().nullable(),
    story_en: model.text().nullable(),
    founded_year: model.number().nullable(),
    is_active: model.boolean().default(true),
    /** its mama-post features (MAMA_POST_FEATURES), shown on its openings */
    mama_post_features: model.json().nullable(),
    artisans: model.hasMany(() => Artisan, { mappedBy: "workshop" }),
    piece_types: model.hasMany(() => PieceType, { mappedBy: "workshop" }),
    coordinators: model.manyToMany(() => Coordinator, { mappedBy: "workshops" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["is_active"], where: "deleted_at IS NULL" },
  ])
