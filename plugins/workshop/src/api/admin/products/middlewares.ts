import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetProductMakers } from "./validators"

export const adminProductMakersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products/:id/makers", middlewares: [validateAndTransformBody(AdminSetProductMakers)] },
]
