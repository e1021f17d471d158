import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WorkshopModule from "../modules/workshop"

/**
 * A piece type that is a finished product variant reaches it through `product_variant_id`:
 * `query.graph({ entity: "piece_type", fields: ["product_variant.title", "product_variant.sku"] })`.
 * Read-only.
 */
export default defineLink(
  { linkable: WorkshopModule.linkable.pieceType, field: "product_variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
