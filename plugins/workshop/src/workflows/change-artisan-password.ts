import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_LOGIN_PROVIDER } from "../lib/actors"
import { setLoginPasswordStep } from "./steps/set-login-password"
import { verifyLoginPasswordStep } from "./steps/verify-login-password"

export type ChangeArtisanPasswordWorkflowInput = {
  /** From her session, never from the request body. */
  auth_identity_id: string
  current_password: string
  new_password: string
}

export const changeArtisanPasswordWorkflowId = "change-artisan-password"

/** An artisan changes her own password: the current one is checked first. */
export const changeArtisanPasswordWorkflow = createWorkflow(
  changeArtisanPasswordWorkflowId,
  (input: WorkflowData<ChangeArtisanPasswordWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      provider: ARTISAN_LOGIN_PROVIDER,
      auth_identity_id: input.auth_identity_id,
      password: input.current_password,
      identifier_key: "phone",
      field: "current_password",
    }))
    const login = verifyLoginPasswordStep(check)

    const update = transform({ input, login }, ({ input, login }) => ({
      provider: ARTISAN_LOGIN_PROVIDER,
      entity_id: login.entity_id,
      password: input.new_password,
      field: "new_password",
    }))
    setLoginPasswordStep(update)

    return new WorkflowResponse({ success: true })
  }
)
