import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

/**
 * The makers of one product (read-only link to Medusa's product by `product_id`): the share of
 * each sale credited to them (`share_percent`), split between them by `weight`.
 */
export const ProductMakerShare = model
  .define("product_maker_share", {
    id: model.id({ prefix: "pms" }).primaryKey(),
    product_id: model.text(),
    share_percent: model.bigNumber(),
    makers: model.hasMany(() => ProductMaker, { mappedBy: "share" }),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export const ProductMaker = model
  .define("product_maker", {
    id: model.id({ prefix: "pmk" }).primaryKey(),
    weight: model.number().default(1),
    share: model.belongsTo(() => ProductMakerShare, { mappedBy: "makers" }),
    artisan: model.belongsTo(() => Artisan, { mappedBy: "product_makers" }),
  })
  .indexes([{ on: ["share_id", "artisan_id"], unique: true, where: "deleted_at IS NULL" }])
