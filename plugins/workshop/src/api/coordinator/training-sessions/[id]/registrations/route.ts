import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerFor } from "../../../../admin/training-sessions/registrations"
import type { TrainingRegistrationType } from "../../../../admin/training-sessions/validators"
import { coordinatorWorkshopIds } from "../../../scope"

/**
 * POST /coordinator/training-sessions/:id/registrations { artisan_ids?, application_ids? }: her
 * workshops' women and her openings' applicants booked at a session to come (of her workshops or
 * open to all), each once; anything else is a 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest<TrainingRegistrationType>, res: MedusaResponse) =>
  registerFor(req, res, await coordinatorWorkshopIds(req))
