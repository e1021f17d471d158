import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListAwards } from "./validators"

export const storeAwardsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/awards", middlewares: [validateAndTransformQuery(StoreListAwards, { defaults: [], isList: false })] },
]
