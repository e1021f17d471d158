import { defineMiddlewares, errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { loginThrottle } from "./auth/login-throttle"
import { refuseMalformedInput } from "./input-hygiene"

/**
 * The backend's own middlewares (the workshop plugin brings its own for /store, /admin,
 * /coordinator and /artisan). Malformed text refused everywhere; login throttling on every actor's
 * password login.
 */
const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except for a path Express can't decode (a malformed percent-encoding,
 * or bytes that aren't UTF-8): that fails while routes are matched, before any middleware runs,
 * and Medusa would answer it 500. It is the caller's mistake: 400 naming the path.
 */
function malformedPathOr500(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error instanceof URIError) {
    res.status(400).json({
      type: "invalid_data",
      message: "path: has a malformed percent-encoding / 路径编码有误",
      field: "path",
    })
    return
  }
  return medusaErrorHandler(error as any, req, res, next)
}

export default defineMiddlewares({
  errorHandler: malformedPathOr500 as any,
  routes: [
    {
      // every route, ours and Medusa's: no NUL or broken Unicode reaches PostgreSQL
      matcher: "/*",
      middlewares: [refuseMalformedInput],
    },
    {
      method: ["POST"],
      matcher: "/auth/:actor_type/:auth_provider",
      middlewares: [loginThrottle],
    },
  ],
})
