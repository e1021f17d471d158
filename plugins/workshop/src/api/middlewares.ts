import { defineMiddlewares, type MiddlewareRoute } from "@medusajs/framework/http"
import { LARGE_BODY_ROUTES, MAX_BODY_BYTES } from "../domain"
import { adminMiddlewares } from "./admin/middlewares"
import { artisanMiddlewares } from "./artisan/middlewares"
import { coordinatorMiddlewares } from "./coordinator/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/**
 * How big a request body our routes read, stated here rather than left to Medusa's default (which
 * is the same 100 KiB today): MAX_BODY_BYTES for every route of ours, more for the routes the
 * domain's LARGE_BODY_ROUTES names (a coordinator's batch of 500 lines, a payout run's results file). A bigger body is refused by the body parser before any
 * middleware runs; the backend's error handler answers it 413 `{ type: "invalid_data", field:
 * "body" }`. Medusa's own routes keep their own caps.
 */
export const OUR_ROUTE_MATCHERS = [
  "/admin/workshops*",
  "/admin/artisans*",
  "/admin/coordinators*",
  "/admin/piece-types*",
  "/admin/periods*",
  "/admin/statements*",
  "/admin/payouts*",
  "/admin/questions*",
  "/admin/payout-runs*",
  "/admin/adjustments*",
  "/admin/workshop-summary*",
  "/admin/openings*",
  "/admin/applications*",
  "/admin/products/:id/makers",
  "/store/workshops*",
  "/store/makers*",
  "/store/impact*",
  "/store/openings*",
  "/store/applications*",
  "/store/orders/:id/makers",
  "/store/products/:id/makers",
  "/store/product-search*",
  "/coordinator*",
  "/artisan*",
]

export const bodySizeCaps: MiddlewareRoute[] = [
  // a coordinator's batch, a payout run's results file (a whole month's women in one request)
  ...LARGE_BODY_ROUTES.map((r): MiddlewareRoute => ({ methods: [r.method], matcher: r.path, bodyParser: { sizeLimit: r.bytes } })),
  ...OUR_ROUTE_MATCHERS.map((matcher): MiddlewareRoute => ({ matcher, bodyParser: { sizeLimit: MAX_BODY_BYTES } })),
]

/**
 * Each actor's route tree is guarded as a whole (see each tree's middlewares.ts): the first entry
 * of every tree authenticates its actor for `/<tree>/*`, so a route added later is closed by
 * default.
 */
export default defineMiddlewares({
  routes: [...bodySizeCaps, ...storeMiddlewares, ...adminMiddlewares, ...coordinatorMiddlewares, ...artisanMiddlewares],
})
