import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCoordinatorWorkflow } from "../../../../workflows/update-coordinator"
import { refetchCoordinator } from "../helpers"
import type { AdminUpdateCoordinatorType } from "../validators"

/** GET /admin/coordinators/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ coordinator: await refetchCoordinator(req.params.id, req.scope, req.queryConfig.fields) })
}

/** POST /admin/coordinators/:id: name, phone, workshops (replaced), or a new password. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCoordinatorType>, res: MedusaResponse) => {
  const { password, ...update } = req.validatedBody
  await updateCoordinatorWorkflow(req.scope).run({ input: { id: req.params.id, update, password } })
  res.json({ coordinator: await refetchCoordinator(req.params.id, req.scope, req.queryConfig.fields) })
}
