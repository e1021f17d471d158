import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildProductSearch } from "@jinxiu/workshop/product-search"
import { ensureAdminUser } from "./admin-user"
import { setUpCommerce } from "./commerce"
import { loadHistory } from "./history-loader"
import { loadPeople } from "./people-loader"
import { loadPieceWork } from "./piece-work-loader"
import { loadAwards, loadOpenings } from "./programme-loader"
import { loadTraining } from "./training-loader"
import { loadProducts } from "./products"
import { loadWorkshops } from "./workshops-loader"
import { ensurePromotions } from "./promotions"
import { ensurePublishableKey } from "./publishable-key"

/**
 * The demo shop, loaded through `medusa exec`. Idempotent: every part looks for what exists and
 * creates only what is missing, so a second run changes nothing.
 */
export default async function loadDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Loading Jinxiu demo data…")
  const started = Date.now()
  const timings: string[] = []
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const t = Date.now()
    const result = await step()
    timings.push(`${label} ${((Date.now() - t) / 1000).toFixed(1)}`)
    return result
  }
  const setup = await timed("commerce", () => setUpCommerce(container))
  await timed("workshops", () => loadWorkshops(container))
  await timed("products", () => loadProducts(container, setup))
  // `medusa exec` runs no subscribers: the shop's search documents are written here (idempotent)
  await timed("search", () => rebuildProductSearch(container))
  await timed("promotions", () => ensurePromotions(container))
  // The admin user acts for the programme staff in the history (bonuses, closing, paying).
  await timed("admin", () => ensureAdminUser(container))
  const people = await timed("people", () => loadPeople(container))
  const pieceTypeIds = await timed("piece work", () => loadPieceWork(container, people.artisanIds))
  // Training before the history: it grants the skills some piece types require of the women doing them.
  await timed("training", () => loadTraining(container, people, pieceTypeIds))
  await timed("history", () => loadHistory(container, people, pieceTypeIds))
  // After the history: the openings' pay comes from the ledger, and the women hired today have no work yet.
  await timed("mama posts", () => loadOpenings(container, people, pieceTypeIds))
  await timed("awards", () => loadAwards(container, people))
  // Last: the key's existence tells `npm start` that the demo data is complete.
  await ensurePublishableKey(container, setup.salesChannelId)
  logger.info(`Jinxiu demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")} s)`)
}
