import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_LOGIN_PROVIDER } from "../lib/actors"
import { newReadablePasswordStep } from "./steps/new-readable-password"
import { retrieveArtisanLoginStep } from "./steps/retrieve-artisan-login"
import { setLoginPasswordStep } from "./steps/set-login-password"

export type ResetArtisanPasswordWorkflowInput = {
  /** The woman whose password is reset; the route has checked that the caller may. */
  artisan_id: string
}

export type ResetArtisanPasswordWorkflowOutput = {
  artisan_id: string
  /** The new password, to be shown once to the coordinator or staff who reset it. */
  password: string
}

/** What the `loginReset` hook hands to its handlers. */
export type ArtisanLoginResetHookInput = {
  artisan_id: string
  workshop_id: string
  /** the phone number she logs in with (E.164) */
  phone: string
  /** the auth provider of that login ("phone") */
  provider: string
}

export const resetArtisanPasswordWorkflowId = "reset-artisan-password"

/**
 * A woman forgot her password, or locked her login with wrong guesses: her coordinator (or the
 * staff) gives her a new one. The password is drawn here (digits only, to read out or write down)
 * and returned once; nothing else keeps it.
 *
 * Hook `loginReset` runs after the password is set: the backend's login throttling uses it to
 * lift her login's lock, so the new password works at once.
 */
export const resetArtisanPasswordWorkflow = createWorkflow(
  resetArtisanPasswordWorkflowId,
  (input: WorkflowData<ResetArtisanPasswordWorkflowInput>) => {
    const artisan = retrieveArtisanLoginStep(transform({ input }, ({ input }) => ({ artisan_id: input.artisan_id })))
    const password = newReadablePasswordStep()

    setLoginPasswordStep(
      transform({ artisan, password }, ({ artisan, password }) => ({
        provider: ARTISAN_LOGIN_PROVIDER,
        entity_id: artisan.phone,
        password,
        field: "password",
      }))
    )

    const loginReset = createHook(
      "loginReset",
      transform({ artisan }, ({ artisan }): ArtisanLoginResetHookInput => ({
        artisan_id: artisan.id,
        workshop_id: artisan.workshop_id,
        phone: artisan.phone,
        provider: ARTISAN_LOGIN_PROVIDER,
      }))
    )

    const result = transform({ artisan, password }, ({ artisan, password }): ResetArtisanPasswordWorkflowOutput => ({
      artisan_id: artisan.id,
      password,
    }))
    return new WorkflowResponse(result, { hooks: [loginReset] })
  }
)
