import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListNotices, MarkNoticesRead } from "../../notice-validators"

export const coordinatorNoticesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/notices", middlewares: [validateAndTransformQuery(ListNotices, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/coordinator/notices/read", middlewares: [validateAndTransformBody(MarkNoticesRead)] },
]
