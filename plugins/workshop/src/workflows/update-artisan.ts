import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_LOGIN_PROVIDER } from "../lib/actors"
import { changeLoginIdentifierStep } from "./steps/change-login-identifier"
import { setLoginPasswordStep } from "./steps/set-login-password"
import { updateArtisanStep, type UpdateArtisanData } from "./steps/update-artisan"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"

export type UpdateArtisanWorkflowInput = {
  id: string
  update: UpdateArtisanData
  /** A new password the staff sets for her (e.g. when she forgot hers). */
  password?: string
}

export const updateArtisanWorkflowId = "update-artisan"

/**
 * Updates an artisan: status, consent to a public profile, story, photo, goal, workshop, phone…
 * A new phone number moves her login with it, so she logs in with the new number; a password
 * given by the staff replaces hers.
 */
export const updateArtisanWorkflow = createWorkflow(
  updateArtisanWorkflowId,
  (input: WorkflowData<UpdateArtisanWorkflowInput>) => {
    const workshopCheck = transform({ input }, ({ input }) => ({
      workshop_ids: input.update.workshop_id ? [input.update.workshop_id] : [],
      field: "workshop_id",
    }))
    validateWorkshopsExistStep(workshopCheck)

    const updated = updateArtisanStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))

    const move = transform({ updated }, ({ updated }) => ({
      provider: ARTISAN_LOGIN_PROVIDER,
      from: updated.previous_phone,
      to: updated.artisan.phone,
      field: "phone",
    }))
    changeLoginIdentifierStep(move)

    when({ input }, ({ input }) => !!input.password).then(() => {
      const reset = transform({ input, updated }, ({ input, updated }) => ({
        provider: ARTISAN_LOGIN_PROVIDER,
        entity_id: updated.artisan.phone,
        password: input.password!,
        field: "password",
      }))
      setLoginPasswordStep(reset)
    })

    const artisan = transform({ updated }, ({ updated }) => updated.artisan)
    return new WorkflowResponse(artisan)
  }
)
