import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { publicOpenings } from "./public-opening"
import type { StoreListOpeningsType } from "./validators"

/**
 * GET /store/openings: the open mama-post openings (妈妈岗), newest first, with their workshop, its
 * features and the pay read from the ledger; by district (Chinese or English name), at home only,
 * school hours only.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as StoreListOpeningsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  let openings = await service.listOpenings(
    { status: "open", ...(q.at_home ? { place: "home" as const } : {}) },
    { order: { created_at: "DESC", id: "ASC" } }
  )
  if (q.district) {
    const d = q.district.toLowerCase()
    openings = openings.filter((o) => o.district_zh.toLowerCase() === d || o.district_en.toLowerCase() === d)
  }
  let shown = await publicOpenings(req, openings)
  if (q.school_hours) shown = shown.filter((o) => o.features.includes("school_hours"))
  res.json({ openings: shown.slice(q.offset, q.offset + q.limit), count: shown.length, offset: q.offset, limit: q.limit })
}
