import { model } from "@medusajs/framework/utils"

/** A craft skill the programme teaches and a piece type can require: 盘金 couching, 打籽 seed stitch. */
export const Skill = model
  .define("skill", {
    id: model.id({ prefix: "skill" }).primaryKey(),
    /** the stable name piece types and sessions refer to, e.g. `couching` */
    code: model.text(),
    name_zh: model.text(),
    name_en: model.text(),
  })
  .indexes([{ on: ["code"], unique: true }])
