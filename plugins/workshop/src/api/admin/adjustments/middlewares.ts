import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateAdjustment } from "./validators"

export const adminAdjustmentsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/adjustments", middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
]
