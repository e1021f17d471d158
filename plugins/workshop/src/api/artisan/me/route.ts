import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownArtisanProfile } from "./helpers"

/** GET /artisan/me: her own profile, never anyone else's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ artisan: await ownArtisanProfile(req) })
}
