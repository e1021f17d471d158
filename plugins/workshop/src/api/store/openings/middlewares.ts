import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { StoreApplyToOpening, StoreListOpenings } from "./validators"

/** One opening's page and a status link take no query parameters. */
const NoQuery = z.object({}).strict()

export const storeOpeningsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/openings", middlewares: [validateAndTransformQuery(StoreListOpenings, { defaults: [], isList: false })] },
  { method: ["GET"], matcher: "/store/openings/:id", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
  { method: ["GET"], matcher: "/store/applications/:token", middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/store/openings/:id/applications", middlewares: [validateAndTransformBody(StoreApplyToOpening)] },
]
