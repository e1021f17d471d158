import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminWorkshopSummaryQuery } from "./validators"

export const adminWorkshopSummaryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/workshop-summary",
    middlewares: [validateAndTransformQuery(AdminWorkshopSummaryQuery, { defaults: [], isList: false })],
  },
]
