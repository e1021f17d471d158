import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { artisanMiddlewares } from "./artisan/middlewares"
import { coordinatorMiddlewares } from "./coordinator/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/**
 * Each actor's route tree is guarded as a whole (see each tree's middlewares.ts): the first entry
 * of every tree authenticates its actor for `/<tree>/*`, so a route added later is closed by
 * default.
 */
export default defineMiddlewares({
  routes: [...storeMiddlewares, ...adminMiddlewares, ...coordinatorMiddlewares, ...artisanMiddlewares],
})
