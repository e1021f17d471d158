import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelFor } from "../../../../../admin/training-sessions/registrations"
import { coordinatorWorkshopIds } from "../../../../scope"

/** DELETE /coordinator/training-sessions/:id/registrations/:registration_id: cancels one of her workshops' places. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => cancelFor(req, res, await coordinatorWorkshopIds(req))
