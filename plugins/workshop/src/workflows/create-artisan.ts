import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_ACTOR, ARTISAN_LOGIN_PROVIDER } from "../lib/actors"
import { createArtisanStep, type CreateArtisanData } from "./steps/create-artisan"
import { createPasswordLoginStep } from "./steps/create-password-login"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"

export type CreateArtisanWorkflowInput = {
  artisan: CreateArtisanData
  /** Her initial password, chosen by the staff. */
  password: string
}

export const createArtisanWorkflowId = "create-artisan"

/**
 * Registers an artisan and her login: an auth identity for the "phone" provider (her number in
 * E.164, the initial password) whose app_metadata holds `artisan_id`. If the login cannot be
 * created, the artisan is removed again.
 */
export const createArtisanWorkflow = createWorkflow(
  createArtisanWorkflowId,
  (input: WorkflowData<CreateArtisanWorkflowInput>) => {
    const workshopCheck = transform({ input }, ({ input }) => ({
      workshop_ids: [input.artisan.workshop_id],
      field: "workshop_id",
    }))
    validateWorkshopsExistStep(workshopCheck)

    const artisan = createArtisanStep(input.artisan)

    const login = transform({ input, artisan }, ({ input, artisan }) => ({
      provider: ARTISAN_LOGIN_PROVIDER,
      entity_id: artisan.phone,
      password: input.password,
      actor_type: ARTISAN_ACTOR,
      actor_id: artisan.id,
      field: "phone",
    }))
    createPasswordLoginStep(login)

    return new WorkflowResponse(artisan)
  }
)
