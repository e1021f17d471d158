import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Medusa already authenticates every /admin/* route as an admin user. */
export const adminMiddlewares: MiddlewareRoute[] = []
