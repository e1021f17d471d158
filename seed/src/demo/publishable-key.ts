import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"

/** The launcher finds the storefront's key by this title. */
export const PUBLISHABLE_KEY_TITLE = "Jinxiu Storefront"

/**
 * The storefront's publishable key, linked to the sales channel. Created last: its existence is
 * how `npm start` knows the demo data is complete.
 */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const apiKeyService = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeyService.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}
