import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../common-validators"
import { AdminClosePeriod, AdminPayPeriod, AdminStatementsQuery } from "./validators"

export const adminPeriodsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/periods/:period/close",
    middlewares: [validateAndTransformBody(AdminClosePeriod)],
  },
  {
    method: ["POST"],
    matcher: "/admin/periods/:period/pay",
    middlewares: [validateAndTransformBody(AdminPayPeriod)],
  },
  {
    method: ["GET"],
    matcher: "/admin/periods/:period/payouts",
    middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/periods/:period/statements",
    middlewares: [validateAndTransformQuery(AdminStatementsQuery, { defaults: [], isList: true })],
  },
]
