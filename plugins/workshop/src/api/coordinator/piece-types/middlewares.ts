import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listCoordinatorPieceTypesQueryConfig } from "./query-config"
import { CoordinatorGetPieceTypesParams } from "./validators"

export const coordinatorPieceTypesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/piece-types",
    middlewares: [validateAndTransformQuery(CoordinatorGetPieceTypesParams, listCoordinatorPieceTypesQueryConfig)],
  },
]
