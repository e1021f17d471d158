import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enqueueProductSearch, productsOfEvent, PRODUCT_SEARCH_EVENTS } from "../lib/product-search"

/**
 * Keeps the shop's search documents current (issue 13): a product created, changed or deleted,
 * one of its versions, a category, or a translation (English) → the documents of the products it
 * touches are rewritten (or removed), one job at a time in this process. A failure is logged and
 * never fails the change itself; the nightly rebuild (jobs/rebuild-product-search.ts) mends what
 * was missed.
 */
export default async function productSearchIndex({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await enqueueProductSearch(container, await productsOfEvent(container, event.name, event.data))
  } catch (error) {
    logger.warn(`workshop: the product search index missed ${event.name} ${JSON.stringify(event.data).slice(0, 200)}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: PRODUCT_SEARCH_EVENTS,
  context: { subscriberId: "workshop-product-search-index" },
}
