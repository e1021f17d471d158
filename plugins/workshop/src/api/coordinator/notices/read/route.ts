import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NoticesRead } from "../../../../domain"
import { unreadNoticeCount } from "../../../../lib/notices/reader-notices"
import { markNoticesReadWorkflow } from "../../../../workflows/mark-notices-read"
import type { MarkNoticesReadType } from "../../../notice-validators"

/**
 * POST /coordinator/notices/read `{ ids? }`: marks her notices read, all or the given ones of hers
 * (anyone else's ids are ignored). Repeating it changes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<MarkNoticesReadType>, res: MedusaResponse) => {
  const readerId = req.auth_context.actor_id
  const { result } = await markNoticesReadWorkflow(req.scope).run({ input: { reader_id: readerId, ids: req.validatedBody.ids } })
  const answer: NoticesRead = { marked: result.marked, unread_count: await unreadNoticeCount(req.scope, readerId) }
  res.json(answer)
}
