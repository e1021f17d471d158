import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminCoordinatorsQueryConfig, retrieveAdminCoordinatorQueryConfig } from "./query-config"
import {
  AdminCreateCoordinator,
  AdminGetCoordinatorParams,
  AdminGetCoordinatorsParams,
  AdminUpdateCoordinator,
} from "./validators"

export const adminCoordinatorsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/coordinators",
    middlewares: [validateAndTransformQuery(AdminGetCoordinatorsParams, listAdminCoordinatorsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/coordinators",
    middlewares: [
      validateAndTransformBody(AdminCreateCoordinator),
      validateAndTransformQuery(AdminGetCoordinatorParams, retrieveAdminCoordinatorQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/coordinators/:id",
    middlewares: [validateAndTransformQuery(AdminGetCoordinatorParams, retrieveAdminCoordinatorQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/coordinators/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateCoordinator),
      validateAndTransformQuery(AdminGetCoordinatorParams, retrieveAdminCoordinatorQueryConfig),
    ],
  },
]
