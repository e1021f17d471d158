import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { artisanEarningsMiddlewares } from "./earnings/middlewares"
import { artisanMeMiddlewares } from "./me/middlewares"
import { artisanPayoutsMiddlewares } from "./payouts/middlewares"

export const artisanMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan*",
    middlewares: [authenticate("artisan", ["bearer"])],
  },
  ...artisanEarningsMiddlewares,
  ...artisanMeMiddlewares,
  ...artisanPayoutsMiddlewares,
]
