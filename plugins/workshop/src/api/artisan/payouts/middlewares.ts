import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../common-validators"

export const artisanPayoutsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/artisan/payouts", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
]
