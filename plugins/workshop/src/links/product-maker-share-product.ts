import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WorkshopModule from "../modules/workshop"

/**
 * A product's maker share (the share % of each sale and who made it) reaches its product through
 * `product_id`: `query.graph({ entity: "product_maker_share", fields: ["product.title", …] })`.
 * Read-only: the id lives in our row, so there is no link table to keep in step.
 */
export default defineLink(
  { linkable: WorkshopModule.linkable.productMakerShare, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
