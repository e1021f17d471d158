import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListNotices, MarkNoticesRead } from "../../notice-validators"

export const artisanNoticesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/artisan/notices", middlewares: [validateAndTransformQuery(ListNotices, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/artisan/notices/read", middlewares: [validateAndTransformBody(MarkNoticesRead)] },
]
