import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTrainingSessionWorkflow } from "../../../../workflows/save-training-session"
import { refetchTrainingSession } from "../helpers"
import type { AdminUpdateTrainingSessionType } from "../validators"

/** POST /admin/training-sessions/:id: changes a session's details (404 for an unknown session). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTrainingSessionType>, res: MedusaResponse) => {
  await refetchTrainingSession(req.params.id, req.scope)
  await updateTrainingSessionWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.status(200).json({ training_session: await refetchTrainingSession(req.params.id, req.scope) })
}
