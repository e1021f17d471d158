import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const AWARD_FIELDS = ["id", "contest_zh", "contest_en", "year", "level", "category_zh", "category_en", "subject_type", "subject_id", "created_at"]

/** One award as the admin sees it, or 404. */
export async function refetchAward(id: string, scope: MedusaContainer) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "award", fields: AWARD_FIELDS, filters: { id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Award with id: ${id} was not found`)
  return data[0]
}
