import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setArtisanGoalWorkflow } from "../../../../workflows/set-artisan-goal"
import { ownArtisanProfile } from "../helpers"
import type { ArtisanSetGoalType } from "../validators"

/** POST /artisan/me/goal: she sets (or clears) her own monthly goal. */
export const POST = async (req: AuthenticatedMedusaRequest<ArtisanSetGoalType>, res: MedusaResponse) => {
  await setArtisanGoalWorkflow(req.scope).run({
    input: { artisan_id: req.auth_context.actor_id, monthly_goal: req.validatedBody.monthly_goal },
  })
  res.json({ artisan: await ownArtisanProfile(req) })
}
