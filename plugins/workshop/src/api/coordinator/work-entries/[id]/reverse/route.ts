import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { reverseWorkEntryWorkflow } from "../../../../../workflows/reverse-work-entry"
import { coordinatorWorkshopIds } from "../../../scope"
import type { CoordinatorReverseWorkEntryType } from "../../validators"
import { workshopMonth } from "../../../../../lib/clock"

/** POST /coordinator/work-entries/:id/reverse { reason }: the entry stays, its money is reversed. */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorReverseWorkEntryType>, res: MedusaResponse) => {
  const { result } = await reverseWorkEntryWorkflow(req.scope).run({
    input: {
      work_entry_id: req.params.id,
      workshop_ids: await coordinatorWorkshopIds(req),
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      current_month: workshopMonth(),
    },
  })
  if (result.status === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Work entry ${req.params.id} was not found`)
  }
  if (result.status === "already_reversed") {
    return res.status(409).json({ type: "conflict", message: "This work entry is already reversed" })
  }
  res.json(result)
}
