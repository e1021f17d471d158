import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../common-validators"
import { CoordinatorListStatements } from "./validators"

export const coordinatorStatementsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/statements", middlewares: [validateAndTransformQuery(CoordinatorListStatements, { defaults: [], isList: false })] },
  { method: ["GET"], matcher: "/coordinator/statements/:id/slip", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
]
