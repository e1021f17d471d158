import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateTrainingSession, AdminListTrainingSessions, AdminUpdateTrainingSession, TrainingRegistration } from "./validators"

export const adminTrainingSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/training-sessions",
    middlewares: [validateAndTransformQuery(AdminListTrainingSessions, { defaults: [], isList: true })],
  },
  { method: ["POST"], matcher: "/admin/training-sessions", middlewares: [validateAndTransformBody(AdminCreateTrainingSession)] },
  { method: ["POST"], matcher: "/admin/training-sessions/:id", middlewares: [validateAndTransformBody(AdminUpdateTrainingSession)] },
  { method: ["POST"], matcher: "/admin/training-sessions/:id/registrations", middlewares: [validateAndTransformBody(TrainingRegistration)] },
]
