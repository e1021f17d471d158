import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCurrentRate } from "../../../lib/current-rate"
import { coordinatorWorkshopFilter } from "../scope"
import type { CoordinatorGetPieceTypesParamsType } from "./validators"

/**
 * GET /coordinator/piece-types: the active piece types of her workshops, each with its rate
 * history (newest first) and `current_rate`, the rate in force today in China, and the skill a
 * woman needs for it (`required_skill`, with `required_skill_name_zh/_en`; null when none).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, CoordinatorGetPieceTypesParamsType>,
  res: MedusaResponse
) => {
  const { workshop_id } = req.filterableFields as CoordinatorGetPieceTypesParamsType
  const workshopIds = await coordinatorWorkshopFilter(req, workshop_id)
  if (!workshopIds.length) {
    res.json({ piece_types: [], count: 0, offset: req.queryConfig.pagination?.skip ?? 0, limit: req.queryConfig.pagination?.take ?? 0 })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "piece_type",
    fields: req.queryConfig.fields,
    filters: { workshop_id: workshopIds, is_active: true },
    pagination: { ...req.queryConfig.pagination, order: { code: "ASC" } },
  })
  const codes = [...new Set(data.map((p: { required_skill?: string | null }) => p.required_skill).filter((c): c is string => !!c))]
  const { data: skills } = codes.length
    ? await query.graph({ entity: "skill", fields: ["code", "name_zh", "name_en"], filters: { code: codes } })
    : { data: [] as { code: string; name_zh: string; name_en: string }[] }
  const skillByCode = new Map(skills.map((s: { code: string; name_zh: string; name_en: string }) => [s.code, s]))
  res.json({
    piece_types: data.map((pieceType) => {
      const skill = pieceType.required_skill ? skillByCode.get(pieceType.required_skill) : undefined
      return {
        ...withCurrentRate(pieceType),
        required_skill_name_zh: skill?.name_zh ?? null,
        required_skill_name_en: skill?.name_en ?? null,
      }
    }),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}
