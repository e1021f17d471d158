import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductMakersWorkflow } from "../../../../../workflows/set-product-makers"
import { productMakers } from "../../../../../queries/product-makers"
import type { AdminSetProductMakersType } from "../../validators"

async function assertProduct(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
}

/** GET /admin/products/:id/makers: who made this product, their weights and the share %. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertProduct(req)
  res.json({ product_id: req.params.id, ...(await productMakers(req.scope, req.params.id, { withPrivate: true })) })
}

/** POST /admin/products/:id/makers { share_percent, makers: [{ artisan_id, weight }] }: replaces the set. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductMakersType>, res: MedusaResponse) => {
  await assertProduct(req)
  await setProductMakersWorkflow(req.scope).run({ input: { product_id: req.params.id, ...req.validatedBody } })
  res.json({ product_id: req.params.id, ...(await productMakers(req.scope, req.params.id, { withPrivate: true })) })
}
