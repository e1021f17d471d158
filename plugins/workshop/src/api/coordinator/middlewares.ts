import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const coordinatorMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator*",
    middlewares: [authenticate("coordinator", ["session", "bearer"])],
  },
]
