import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWorkshopsWorkflow } from "../../../../workflows/update-workshops"
import { refetchWorkshop } from "../helpers"
import type { AdminUpdateWorkshopType } from "../validators"

/** GET /admin/workshops/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const workshop = await refetchWorkshop(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ workshop })
}

/** POST /admin/workshops/:id: update a workshop. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateWorkshopType>, res: MedusaResponse) => {
  await updateWorkshopsWorkflow(req.scope).run({ input: { updates: [{ id: req.params.id, ...req.validatedBody }] } })
  const workshop = await refetchWorkshop(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ workshop })
}
