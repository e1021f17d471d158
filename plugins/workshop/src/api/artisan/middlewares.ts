import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const artisanMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan*",
    middlewares: [authenticate("artisan", ["session", "bearer"])],
  },
]
