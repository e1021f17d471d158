import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./admin-user"
import { setUpCommerce } from "./commerce"
import { loadProducts } from "./products"
import { loadWorkshops } from "./workshops-loader"
import { ensurePublishableKey } from "./publishable-key"

/**
 * The demo shop, loaded through `medusa exec`. Idempotent: every part looks for what exists and
 * creates only what is missing, so a second run changes nothing.
 */
export default async function loadDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Loading Jinxiu demo data…")
  const setup = await setUpCommerce(container)
  await loadWorkshops(container)
  await loadProducts(container, setup)
  await ensureAdminUser(container)
  await ensurePublishableKey(container, setup.salesChannelId)
  logger.info("Jinxiu demo data loaded")
}
