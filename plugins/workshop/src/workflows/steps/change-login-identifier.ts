import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ChangeLoginIdentifierInput = {
  provider: string
  from: string
  to: string
  /** The request field holding the new login name, named in errors. */
  field: string
}

export const changeLoginIdentifierStepId = "change-login-identifier-step"

/**
 * Moves a login to a new name (e.g. an artisan's new phone number), keeping its password and its
 * actor. Nothing happens when the name is unchanged or no login uses the old one. Undone by
 * moving it back.
 */
export const changeLoginIdentifierStep = createStep(
  changeLoginIdentifierStepId,
  async ({ provider, from, to, field }: ChangeLoginIdentifierInput, { container }) => {
    if (from === to) {
      return new StepResponse(void 0)
    }
    const auth = container.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities({ provider, entity_id: from }, { select: ["id"] })
    if (!login) {
      return new StepResponse(void 0)
    }
    const taken = await auth.listProviderIdentities({ provider, entity_id: to }, { select: ["id"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: 已有使用 ${to} 的账号 / a login for ${to} already exists`
      )
    }
    await auth.updateProviderIdentities({ id: login.id, entity_id: to })
    return new StepResponse(void 0, { id: login.id, entity_id: from })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.AUTH).updateProviderIdentities(undo)
  }
)
