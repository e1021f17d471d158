import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WorkshopModule from "../modules/workshop"

/**
 * From a product to its makers: `query.graph({ entity: "product", fields: ["maker_share.share_percent",
 * "maker_share.makers.artisan_id", …] })`, found by the maker share's `product_id`. Read-only.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...WorkshopModule.linkable.productMakerShare.id, primaryKey: "product_id", alias: "maker_share" },
  { readOnly: true }
)
