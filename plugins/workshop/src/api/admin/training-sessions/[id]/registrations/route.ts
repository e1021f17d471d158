import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerFor } from "../../registrations"
import type { TrainingRegistrationType } from "../../validators"

/**
 * POST /admin/training-sessions/:id/registrations { artisan_ids?, application_ids? }: books places
 * at a session to come, each woman once (201; 200 when all were booked already); a hired
 * applicant is booked as the artisan she became.
 */
export const POST = async (req: AuthenticatedMedusaRequest<TrainingRegistrationType>, res: MedusaResponse) => registerFor(req, res, undefined)
