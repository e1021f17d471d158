import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOpeningWorkflow } from "../../../../workflows/save-opening"
import type { AdminUpdateOpeningType } from "../validators"

/** POST /admin/openings/:id: change an opening (close it with `status: "closed"`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateOpeningType>, res: MedusaResponse) => {
  const { result } = await updateOpeningWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ opening: result })
}
