import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hireApplicationFor } from "../../handlers"
import type { HireApplicationType } from "../../validators"

/** POST /admin/applications/:id/hire { note? }: her artisan record and login, a password shown once (201); 409 if already hired. */
export const POST = async (req: AuthenticatedMedusaRequest<HireApplicationType>, res: MedusaResponse) =>
  hireApplicationFor(req, res, undefined)
