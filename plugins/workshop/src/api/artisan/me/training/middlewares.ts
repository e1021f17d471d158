import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../common-validators"

export const artisanTrainingMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/artisan/me/training", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
]
