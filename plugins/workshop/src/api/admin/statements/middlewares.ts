import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../common-validators"
import { AdminCreatePayout } from "./validators"

export const adminStatementsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/statements/:id/payouts", middlewares: [validateAndTransformBody(AdminCreatePayout)] },
  { method: ["GET"], matcher: "/admin/statements/:id/slip", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
]
