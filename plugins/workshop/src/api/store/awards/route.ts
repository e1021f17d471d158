import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sortAwards } from "../../../domain"
import type { StoreListAwardsType } from "./validators"

const PUBLIC_AWARD_FIELDS = ["id", "contest_zh", "contest_en", "year", "level", "category_zh", "category_en", "subject_type", "subject_id"]

/**
 * GET /store/awards?subject_type=&subject_id=: the badges of a product, a workshop or a maker,
 * newest first; without `subject_id`, every product's (or workshop's) awards, for the catalog's
 * "award-winning" filter. A maker's awards show only while her public_profile consent is true (none
 * otherwise, the same answer as for a maker without awards).
 */
export const GET = async (req: MedusaRequest<unknown, StoreListAwardsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as StoreListAwardsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (q.subject_type === "artisan") {
    const { data: makers } = await query.graph({ entity: "artisan", fields: ["id", "public_profile"], filters: { id: q.subject_id } })
    if (!makers[0]?.public_profile) return res.json({ awards: [] })
  }
  const { data } = await query.graph({
    entity: "award",
    fields: PUBLIC_AWARD_FIELDS,
    filters: q.subject_id ? { subject_type: q.subject_type, subject_id: q.subject_id } : { subject_type: q.subject_type },
  })
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ awards: sortAwards(data) })
}
