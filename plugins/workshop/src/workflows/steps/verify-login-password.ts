import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VerifyLoginPasswordInput = {
  provider: string
  /** The caller's auth identity, from the session. */
  auth_identity_id: string
  password: string
  /** The body field the provider reads the login name from ("phone" for the phone provider). */
  identifier_key: string
  /** The request field holding the password, named in errors. */
  field: string
}

export const WRONG_CURRENT_PASSWORD = "当前密码不正确 / The current password is wrong"

export const verifyLoginPasswordStepId = "verify-login-password-step"

/**
 * Checks a password against the caller's own login through the auth module's `authenticate`
 * (the provider's own check). Returns the login name; writes nothing.
 */
export const verifyLoginPasswordStep = createStep(
  verifyLoginPasswordStepId,
  async (input: VerifyLoginPasswordInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities(
      { provider: input.provider, auth_identity_id: input.auth_identity_id },
      { select: ["id", "entity_id"] }
    )
    const result = login
      ? await auth.authenticate(input.provider, {
          body: { [input.identifier_key]: login.entity_id, password: input.password },
        })
      : undefined
    if (!login || !result?.success || result.authIdentity?.id !== input.auth_identity_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.field}: ${WRONG_CURRENT_PASSWORD}`)
    }
    return new StepResponse({ entity_id: login.entity_id })
  }
)
