import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeArtisanPasswordWorkflow } from "../../../../workflows/change-artisan-password"
import type { ArtisanChangePasswordType } from "../validators"

/** POST /artisan/me/password: she changes her own password (400 on current_password when it is wrong). */
export const POST = async (req: AuthenticatedMedusaRequest<ArtisanChangePasswordType>, res: MedusaResponse) => {
  await changeArtisanPasswordWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      current_password: req.validatedBody.current_password,
      new_password: req.validatedBody.new_password,
    },
  })
  res.json({ success: true })
}
