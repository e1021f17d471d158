import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreProductSearchParams } from "./validators"

export const storeProductSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/product-search", middlewares: [validateAndTransformQuery(StoreProductSearchParams, { defaults: [], isList: false })] },
]
