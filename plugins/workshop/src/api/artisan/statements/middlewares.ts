import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../common-validators"

export const artisanStatementsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/artisan/statements/:id/slip", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
]
