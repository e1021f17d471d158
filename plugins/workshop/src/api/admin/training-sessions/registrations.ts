import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { workshopToday } from "../../../lib/clock"
import { cancelTrainingRegistrationWorkflow, registerForTrainingWorkflow } from "../../../workflows/register-for-training"
import type { TrainingRegistrationType } from "./validators"

/**
 * Registrations at a training session to come, shared by the staff (every workshop:
 * `workshopIds` undefined) and a coordinator (her workshops' women and her openings' applicants;
 * anything else is a 404, as if it did not exist).
 */

export async function registerFor(req: AuthenticatedMedusaRequest<TrainingRegistrationType>, res: MedusaResponse, workshopIds: string[] | undefined) {
  const body = req.validatedBody
  const { result } = await registerForTrainingWorkflow(req.scope).run({
    input: {
      session_id: req.params.id,
      workshop_ids: workshopIds,
      artisan_ids: body.artisan_ids ?? [],
      application_ids: body.application_ids ?? [],
      registered_by: req.auth_context.actor_id,
      today: workshopToday(),
    },
  })
  switch (result.status) {
    case "registered":
      return res.status(result.inserted ? 201 : 200).json({ session_id: req.params.id, registrations: result.registrations })
    case "not_found":
      return res.status(404).json({ type: "not_found", field: result.field, message: result.message, params: result.params })
    case "invalid": {
      const words = { session_past: "培训已经举行，请记出勤", session_full: "名额已满", application_hired: "已录用" }[result.code]
      return res.status(400).json({
        type: "invalid_data",
        field: result.field,
        code: result.code,
        message: `${result.field}: ${words} / ${result.message}`,
        params: result.params,
      })
    }
  }
}

export async function cancelFor(req: AuthenticatedMedusaRequest, res: MedusaResponse, workshopIds: string[] | undefined) {
  const { result } = await cancelTrainingRegistrationWorkflow(req.scope).run({
    input: { session_id: req.params.id, registration_id: req.params.registration_id, workshop_ids: workshopIds },
  })
  if (result.status === "not_found") {
    return res.status(404).json({ type: "not_found", field: "registration_id", message: `Registration ${req.params.registration_id} was not found` })
  }
  res.json({ id: req.params.registration_id, object: "training_registration", deleted: true })
}
