import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListQuestions, AdminResolveStatementQuestion } from "./validators"

export const adminQuestionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/questions", middlewares: [validateAndTransformQuery(AdminListQuestions, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/questions/:id/resolve", middlewares: [validateAndTransformBody(AdminResolveStatementQuestion)] },
]
