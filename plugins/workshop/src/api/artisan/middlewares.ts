import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { artisanNoticesMiddlewares } from "./notices/middlewares"
import { artisanEarningsMiddlewares } from "./earnings/middlewares"
import { artisanMeMiddlewares } from "./me/middlewares"
import { artisanPayoutsMiddlewares } from "./payouts/middlewares"
import { artisanQuestionsMiddlewares } from "./questions/middlewares"
import { artisanStatementsMiddlewares } from "./statements/middlewares"
import { artisanTrainingMiddlewares } from "./me/training/middlewares"

export const artisanMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan*",
    middlewares: [authenticate("artisan", ["bearer"])],
  },
  ...artisanNoticesMiddlewares,
  ...artisanEarningsMiddlewares,
  ...artisanMeMiddlewares,
  ...artisanPayoutsMiddlewares,
  ...artisanQuestionsMiddlewares,
  ...artisanStatementsMiddlewares,
  ...artisanTrainingMiddlewares,
]
