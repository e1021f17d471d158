import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listReaderNotices } from "../../../lib/notices/reader-notices"
import type { ListNoticesType } from "../../notice-validators"

/**
 * GET /coordinator/notices: her own notices (a woman of her workshops questioned a line of her
 * month), newest first, each with whether she has read it, and how many she hasn't.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListNoticesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as ListNoticesType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listReaderNotices(req.scope, req.auth_context.actor_id, { limit, offset }))
}
