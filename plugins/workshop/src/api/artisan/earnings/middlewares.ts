import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ArtisanGetEarnings } from "./validators"

export const artisanEarningsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/artisan/earnings",
    middlewares: [validateAndTransformQuery(ArtisanGetEarnings, { defaults: [], isList: false })],
  },
]
