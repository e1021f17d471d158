import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listStoreWorkshopsQueryConfig } from "./query-config"
import { StoreGetWorkshopsParams } from "./validators"

export const storeWorkshopsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/workshops",
    middlewares: [validateAndTransformQuery(StoreGetWorkshopsParams, listStoreWorkshopsQueryConfig)],
  },
]
