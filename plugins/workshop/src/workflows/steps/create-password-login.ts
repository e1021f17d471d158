import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CreatePasswordLoginInput = {
  /** Auth provider id: "phone" (artisans) or "emailpass" (coordinators). */
  provider: string
  /** The login name as the provider stores it: E.164 phone or e-mail. */
  entity_id: string
  password: string
  /** The actor the login belongs to: app_metadata gets `<actor_type>_id`. */
  actor_type: string
  actor_id: string
  /** The request field holding the login name, named in errors. */
  field: string
}

export const createPasswordLoginStepId = "create-password-login-step"

/**
 * Creates the login (auth identity) of a person the staff registers, with the initial password
 * the staff chose. The provider hashes the password (`updateProvider`); nothing secret is
 * returned. Undone by deleting the auth identity.
 */
export const createPasswordLoginStep = createStep(
  createPasswordLoginStepId,
  async (input: CreatePasswordLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { provider, entity_id, password, actor_type, actor_id, field } = input

    const existing = await auth.listProviderIdentities({ provider, entity_id }, { select: ["id"] })
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: 已有使用 ${entity_id} 的账号 / a login for ${entity_id} already exists`
      )
    }

    const identity = await auth.createAuthIdentities({
      provider_identities: [{ provider, entity_id }],
      app_metadata: { [`${actor_type}_id`]: actor_id },
    })
    const result = await auth.updateProvider(provider, { entity_id, password })
    if (!result.success) {
      await auth.deleteAuthIdentities([identity.id])
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `password: ${result.error}`)
    }
    return new StepResponse({ auth_identity_id: identity.id }, identity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
