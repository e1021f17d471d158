import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateAward, AdminListAwards, AdminUpdateAward } from "./validators"

export const adminAwardsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/awards", middlewares: [validateAndTransformQuery(AdminListAwards, { defaults: [], isList: true })] },
  { method: ["POST"], matcher: "/admin/awards", middlewares: [validateAndTransformBody(AdminCreateAward)] },
  { method: ["POST"], matcher: "/admin/awards/:id", middlewares: [validateAndTransformBody(AdminUpdateAward)] },
]
