import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productMakers } from "../../../../../queries/product-makers"

/**
 * GET /store/products/:id/makers: who made this product (display name, workshop, her part of
 * the sale) and the product's share % for makers. Photo only with consent.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ product_id: req.params.id, ...(await productMakers(req.scope, req.params.id)) })
}
