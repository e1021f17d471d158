import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorDaySummary, CoordinatorListWorkEntries, CoordinatorMonthSummary, CoordinatorReverseWorkEntry } from "./validators"

export const coordinatorWorkEntriesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/work-entries",
    middlewares: [validateAndTransformQuery(CoordinatorListWorkEntries, { defaults: [], isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/work-entries/:id/reverse",
    middlewares: [validateAndTransformBody(CoordinatorReverseWorkEntry)],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/summary",
    middlewares: [validateAndTransformQuery(CoordinatorMonthSummary, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/day-summary",
    middlewares: [validateAndTransformQuery(CoordinatorDaySummary, { defaults: [], isList: false })],
  },
]
