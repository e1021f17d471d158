import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ArtisanChangePassword, ArtisanSetGoal } from "./validators"

export const artisanMeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/artisan/me/goal",
    middlewares: [validateAndTransformBody(ArtisanSetGoal)],
  },
  {
    method: ["POST"],
    matcher: "/artisan/me/password",
    middlewares: [validateAndTransformBody(ArtisanChangePassword)],
  },
]
