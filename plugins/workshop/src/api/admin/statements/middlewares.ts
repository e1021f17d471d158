import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePayout } from "./validators"

export const adminStatementsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/statements/:id/payouts", middlewares: [validateAndTransformBody(AdminCreatePayout)] },
]
