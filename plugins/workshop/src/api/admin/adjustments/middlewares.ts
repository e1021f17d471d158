import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAdjustmentsQuery, AdminCreateAdjustment } from "./validators"

export const adminAdjustmentsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/adjustments", middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
  { method: ["GET"], matcher: "/admin/adjustments", middlewares: [validateAndTransformQuery(AdminAdjustmentsQuery, { defaults: [], isList: false })] },
]
