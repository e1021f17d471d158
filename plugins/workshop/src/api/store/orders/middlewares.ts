import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** GET /store/orders/:id/makers takes no query parameters. */
const StoreGetOrderMakersParams = z.object({}).strict()

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/makers",
    middlewares: [validateAndTransformQuery(StoreGetOrderMakersParams, {})],
  },
]
