import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetLoginPasswordInput = {
  provider: string
  entity_id: string
  password: string
  /** The request field holding the new password, named in errors. */
  field: string
}

export const setLoginPasswordStepId = "set-login-password-step"

/**
 * Sets a new password through the provider (`updateProvider`, which hashes it). Undone by putting
 * back the provider metadata (the old hash) it replaced.
 */
export const setLoginPasswordStep = createStep(
  setLoginPasswordStepId,
  async ({ provider, entity_id, password, field }: SetLoginPasswordInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities({ provider, entity_id })
    if (!login) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${provider} login for ${entity_id}`)
    }
    const result = await auth.updateProvider(provider, { entity_id, password })
    if (!result.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${result.error}`)
    }
    return new StepResponse(void 0, { id: login.id, provider_metadata: login.provider_metadata ?? {} })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.AUTH).updateProviderIdentities(undo)
  }
)
