import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hireApplicationFor } from "../../../../admin/applications/handlers"
import type { HireApplicationType } from "../../../../admin/applications/validators"
import { coordinatorWorkshopIds } from "../../../scope"

/** POST /coordinator/applications/:id/hire { note? }: hires a woman into one of her workshops; she then appears on the desk. */
export const POST = async (req: AuthenticatedMedusaRequest<HireApplicationType>, res: MedusaResponse) =>
  hireApplicationFor(req, res, await coordinatorWorkshopIds(req))
