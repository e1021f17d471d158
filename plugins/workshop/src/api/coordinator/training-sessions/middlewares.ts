import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { TrainingRegistration } from "../../admin/training-sessions/validators"
import { CoordinatorListTrainingSessions, CoordinatorRecordAttendance } from "./validators"

export const coordinatorTrainingSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/training-sessions",
    middlewares: [validateAndTransformQuery(CoordinatorListTrainingSessions, { defaults: [], isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/training-sessions/:id/attendance",
    middlewares: [validateAndTransformBody(CoordinatorRecordAttendance)],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/training-sessions/:id/registrations",
    middlewares: [validateAndTransformBody(TrainingRegistration)],
  },
]
