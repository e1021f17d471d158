import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteAwardWorkflow, updateAwardWorkflow } from "../../../../workflows/save-award"
import { refetchAward } from "../helpers"
import type { AdminUpdateAwardType } from "../validators"

/** POST /admin/awards/:id: corrects an award (404 for an unknown one). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAwardType>, res: MedusaResponse) => {
  await refetchAward(req.params.id, req.scope)
  await updateAwardWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.status(200).json({ award: await refetchAward(req.params.id, req.scope) })
}

/** DELETE /admin/awards/:id: withdraws an award (staff only). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchAward(req.params.id, req.scope)
  await deleteAwardWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.status(200).json({ id: req.params.id, object: "award", deleted: true })
}
