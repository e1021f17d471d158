import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminImportPayoutResults, AdminPayoutRunExportQuery, AdminPayoutRunQuery } from "./validators"

export const adminPayoutRunsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payout-runs", middlewares: [validateAndTransformQuery(AdminPayoutRunQuery, { defaults: [], isList: false })] },
  {
    method: ["GET"],
    matcher: "/admin/payout-runs/export",
    middlewares: [validateAndTransformQuery(AdminPayoutRunExportQuery, { defaults: [], isList: false })],
  },
  { method: ["POST"], matcher: "/admin/payout-runs/import", middlewares: [validateAndTransformBody(AdminImportPayoutResults)] },
]
