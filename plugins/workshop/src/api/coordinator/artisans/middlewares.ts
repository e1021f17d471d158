import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoBody, NoQuery } from "../../common-validators"
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
  {
    method: ["GET"],
    matcher: "/coordinator/artisans/:id/earnings/:period",
    middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/artisans/:id/reset-password",
    middlewares: [validateAndTransformBody(NoBody)],
  },
]
