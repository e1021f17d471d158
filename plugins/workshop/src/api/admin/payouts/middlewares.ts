import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminFailPayout } from "./validators"

export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/payouts/:id/fail", middlewares: [validateAndTransformBody(AdminFailPayout)] },
]
