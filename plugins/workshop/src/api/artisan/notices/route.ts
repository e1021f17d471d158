import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listReaderNotices } from "../../../lib/notices/reader-notices"
import type { ListNoticesType } from "../../notice-validators"

/**
 * GET /artisan/notices: her notices (month closed, paid, a payout come back, her question
 * answered), newest first, each with whether she has read it, and how many she hasn't.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListNoticesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as ListNoticesType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listReaderNotices(req.scope, req.auth_context.actor_id, { limit, offset }))
}
