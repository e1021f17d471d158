import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelFor } from "../../../registrations"

/** DELETE /admin/training-sessions/:id/registrations/:registration_id: cancels a place (kept, marked deleted). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => cancelFor(req, res, undefined)
