import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productMakers } from "../../../../../queries/product-makers"

/**
 * GET /store/products/:id/makers: who made this product (display name, workshop, her part of
 * the sale) and the product's share % for makers. Photo only with consent. 404 for an id no
 * product has (it answered "no makers" for any string before).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  res.json({ product_id: req.params.id, ...(await productMakers(req.scope, req.params.id)) })
}
