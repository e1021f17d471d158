import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorListQuestions, ResolveStatementQuestion } from "./validators"

export const coordinatorQuestionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/questions",
    middlewares: [validateAndTransformQuery(CoordinatorListQuestions, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/questions/:id/resolve",
    middlewares: [validateAndTransformBody(ResolveStatementQuestion)],
  },
]
