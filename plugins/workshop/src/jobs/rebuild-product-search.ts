import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildProductSearch } from "../lib/product-search"

/**
 * Every night, the shop's search documents are rewritten whole (issue 13): whatever an event
 * missed (a backend stopped between a change and its subscriber, data changed by SQL or a script
 * that runs no subscribers) is mended. Idempotent; a few seconds for 10,000 products.
 * Setting: WORKSHOP_SEARCH_REBUILD_CRON (default 03:30 every day).
 */
export default async function rebuildProductSearchJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await rebuildProductSearch(container)
  logger.info(`workshop: product search rebuilt: ${result.indexed} product(s), ${result.removed} stale document(s) removed, ${result.ms} ms`)
}

export const config = {
  name: "workshop-rebuild-product-search",
  schedule: process.env.WORKSHOP_SEARCH_REBUILD_CRON || "30 3 * * *",
}
