import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateArtisanWorkflow } from "../../../../workflows/update-artisan"
import { refetchArtisan } from "../helpers"
import type { AdminUpdateArtisanType } from "../validators"

/** GET /admin/artisans/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ artisan: await refetchArtisan(req.params.id, req.scope, req.queryConfig.fields) })
}

/** POST /admin/artisans/:id: update her details (a new phone moves her login; `password` resets it). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateArtisanType>, res: MedusaResponse) => {
  const { password, ...update } = req.validatedBody
  await updateArtisanWorkflow(req.scope).run({ input: { id: req.params.id, update, password } })
  res.json({ artisan: await refetchArtisan(req.params.id, req.scope, req.queryConfig.fields) })
}
