import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateOpening, AdminListOpenings, AdminUpdateOpening } from "./validators"

export const adminOpeningsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/openings", middlewares: [validateAndTransformQuery(AdminListOpenings, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/openings", middlewares: [validateAndTransformBody(AdminCreateOpening)] },
  { method: ["POST"], matcher: "/admin/openings/:id", middlewares: [validateAndTransformBody(AdminUpdateOpening)] },
]
