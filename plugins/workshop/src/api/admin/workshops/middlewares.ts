import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminWorkshopsQueryConfig, retrieveAdminWorkshopQueryConfig } from "./query-config"
import { AdminCreateWorkshop, AdminGetWorkshopParams, AdminGetWorkshopsParams, AdminUpdateWorkshop } from "./validators"

export const adminWorkshopsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/workshops",
    middlewares: [validateAndTransformQuery(AdminGetWorkshopsParams, listAdminWorkshopsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/workshops",
    middlewares: [
      validateAndTransformBody(AdminCreateWorkshop),
      validateAndTransformQuery(AdminGetWorkshopParams, retrieveAdminWorkshopQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/workshops/:id",
    middlewares: [validateAndTransformQuery(AdminGetWorkshopParams, retrieveAdminWorkshopQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/workshops/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateWorkshop),
      validateAndTransformQuery(AdminGetWorkshopParams, retrieveAdminWorkshopQueryConfig),
    ],
  },
]
