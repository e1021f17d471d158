import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveApplicationFor } from "../../../../admin/applications/handlers"
import type { MoveApplicationType } from "../../../../admin/applications/validators"
import { coordinatorWorkshopIds } from "../../../scope"

/** POST /coordinator/applications/:id/move { status, note? }: only an application to her workshops (else 404). */
export const POST = async (req: AuthenticatedMedusaRequest<MoveApplicationType>, res: MedusaResponse) =>
  moveApplicationFor(req, res, await coordinatorWorkshopIds(req))
