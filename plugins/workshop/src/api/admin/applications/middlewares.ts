import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { HireApplication, ListApplications, MoveApplication } from "./validators"

export const adminApplicationsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/applications", middlewares: [validateAndTransformQuery(ListApplications, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/applications/:id/move", middlewares: [validateAndTransformBody(MoveApplication)] },
  { method: ["POST"], matcher: "/admin/applications/:id/hire", middlewares: [validateAndTransformBody(HireApplication)] },
]
