import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { workshopMonth } from "../../../lib/clock"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { createOpeningWorkflow } from "../../../workflows/save-opening"
import type { AdminCreateOpeningType, AdminListOpeningsType } from "./validators"

/** GET /admin/openings?workshop_id=&status=: every opening, newest first, with the pay it shows. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListOpeningsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListOpeningsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const [openings, count] = await service.listAndCountOpenings(
    { ...(q.workshop_id ? { workshop_id: q.workshop_id } : {}), ...(q.status ? { status: q.status } : {}) },
    { order: { created_at: "DESC", id: "ASC" }, take: q.limit, skip: q.offset }
  )
  const pay = await service.openingPayRanges(
    openings.map((o) => ({ id: o.id, piece_type_ids: (o.piece_type_ids as unknown as string[]) ?? [] })),
    workshopMonth()
  )
  res.json({ openings: openings.map((o) => ({ ...o, pay: pay[o.id] ?? null })), count, limit: q.limit, offset: q.offset })
}

/** POST /admin/openings: a new opening at a workshop. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateOpeningType>, res: MedusaResponse) => {
  const { result } = await createOpeningWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ opening: result })
}
