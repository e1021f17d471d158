import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveApplicationFor } from "../../handlers"
import type { MoveApplicationType } from "../../validators"

/** POST /admin/applications/:id/move { status, note? }: contacted, trial, not now (canMoveApplication). */
export const POST = async (req: AuthenticatedMedusaRequest<MoveApplicationType>, res: MedusaResponse) =>
  moveApplicationFor(req, res, undefined)
