import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildProductSearch } from "../lib/product-search"

/**
 * `medusa exec` entry (issue 13): rewrites every product's search document. `npm start` runs it
 * after migrations; after migrating a database some other way, run it once from the backend's
 * folder: `npx medusa exec ./node_modules/@jinxiu/workshop/.medusa/server/src/scripts/rebuild-product-search.js`.
 * Idempotent.
 */
export default async function rebuildProductSearchScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await rebuildProductSearch(container)
  logger.info(`Product search rebuilt: ${result.indexed} product(s), ${result.removed} stale document(s) removed, ${result.ms} ms`)
}
