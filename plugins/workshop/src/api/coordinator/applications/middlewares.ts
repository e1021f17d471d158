import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { HireApplication, ListApplications, MoveApplication } from "../../admin/applications/validators"

export const coordinatorApplicationsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/applications", middlewares: [validateAndTransformQuery(ListApplications, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/coordinator/applications/:id/move", middlewares: [validateAndTransformBody(MoveApplication)] },
  { method: ["POST"], matcher: "/coordinator/applications/:id/hire", middlewares: [validateAndTransformBody(HireApplication)] },
]
