import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listCoordinatorArtisansQueryConfig, retrieveCoordinatorArtisanQueryConfig } from "./query-config"
import { CoordinatorGetArtisanParams, CoordinatorGetArtisansParams } from "./validators"

export const coordinatorArtisansMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/artisans",
    middlewares: [validateAndTransformQuery(CoordinatorGetArtisansParams, listCoordinatorArtisansQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/artisans/:id",
    middlewares: [validateAndTransformQuery(CoordinatorGetArtisanParams, retrieveCoordinatorArtisanQueryConfig)],
  },
]
