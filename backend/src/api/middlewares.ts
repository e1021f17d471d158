import { defineMiddlewares } from "@medusajs/framework/http"
import { loginThrottle } from "./auth/login-throttle"

/**
 * The backend's own middlewares (the workshop plugin brings its own for /store, /admin,
 * /coordinator and /artisan). Login throttling on every actor's password login.
 */
export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/auth/:actor_type/:auth_provider",
      middlewares: [loginThrottle],
    },
  ],
})
