import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadOrderSoldLinesWorkflow, orderMakerShares } from "../../order-maker-shares"

/**
 * GET /store/orders/:id/makers: what the makers of this order's pieces get from it: per line and
 * in total, in the order's currency and in CNY, with how many women (N) in how many workshops (M).
 * Like Medusa's own GET /store/orders/:id, the order id is the key (the order confirmation page
 * of a guest has nothing else); the answer has no personal data of the buyer, and makers' names
 * only with their consent.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "is_draft_order"],
    filters: { id: req.params.id },
  })
  const found = data[0] as { id: string; status: string; is_draft_order?: boolean } | undefined
  if (!found || found.is_draft_order || found.status === "draft") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  const { result: order } = await loadOrderSoldLinesWorkflow(req.scope).run({ input: { order_id: found.id } })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order_makers: await orderMakerShares(req.scope, order) })
}
