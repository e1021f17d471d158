import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Tells the storefront that catalog data changed, so its cached pages and backend reads are
 * dropped at once: POST {STOREFRONT_URL}/api/revalidate with the shared secret
 * (STOREFRONT_REVALIDATE_SECRET, generated and passed to both sides by the launcher) and the
 * names of the events. The storefront maps events to its cache tags (products, categories,
 * impact…). Events arriving within a short window are sent together (a product saved in the
 * admin emits one event per variant, price and stock level).
 *
 * First, the backend's own cache of store reads (Medusa's caching module, src/config/caching.ts)
 * is cleared, so the storefront's new reads get the changed data: Medusa drops cached reads by
 * the entities an event names, which misses reads a change affects without naming them (a price
 * or a stock level in a product list, a translation, a maker's workshop).
 *
 * A storefront that is down or not configured never fails the change itself: the subscriber
 * logs a warning, and the storefront's caches still expire on their own schedule.
 */

const BATCH_WINDOW_MS = 250
const REQUEST_TIMEOUT_MS = 5_000
const SECRET_HEADER = "x-jinxiu-revalidate-secret"

type Logger = { warn: (message: string) => void; debug?: (message: string) => void }

let pending = new Set<string>()
let timer: NodeJS.Timeout | null = null
let warnedUnconfigured = false

async function send(events: string[], logger: Logger) {
  const base = process.env.STOREFRONT_URL?.trim()
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  if (!base || !secret) {
    if (!warnedUnconfigured) {
      warnedUnconfigured = true
      logger.warn(
        "Storefront revalidation is off: set STOREFRONT_URL and STOREFRONT_REVALIDATE_SECRET (the launcher does) so catalog changes show in the shop at once"
      )
    }
    return
  }
  try {
    const response = await fetch(new URL("/api/revalidate", base), {
      method: "POST",
      headers: { "content-type": "application/json", [SECRET_HEADER]: secret },
      body: JSON.stringify({ events }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (!response.ok) {
      const body = await response.text().catch(() => "")
      logger.warn(`Storefront revalidation for ${events.join(", ")} answered ${response.status}: ${body.slice(0, 200)}`)
    }
  } catch (error) {
    logger.warn(`Storefront revalidation for ${events.join(", ")} failed: ${(error as Error).message}`)
  }
}

type QueryCache = { clear: (input: { tags: string[] }) => Promise<void> }
let clearing: Promise<void> | null = null
let clearAgain = false

/**
 * Clears every cached store read. An event arriving while a clear runs gets one more clear after
 * it (its change may have been committed after the running clear began); the events of one
 * change (one per variant, price…) share those two.
 */
function clearQueryCache(container: SubscriberArgs<unknown>["container"], logger: Logger): Promise<void> {
  if (clearing) {
    clearAgain = true
    return clearing
  }
  let cache: QueryCache
  try {
    cache = container.resolve(Modules.CACHING) as QueryCache
  } catch {
    return Promise.resolve() // the caching module is off (MEDUSA_FF_CACHING=false)
  }
  const run = async () => {
    do {
      clearAgain = false
      await cache.clear({ tags: ["*"] }).catch((error: Error) => logger.warn(`Clearing the store read cache failed: ${error.message}`))
    } while (clearAgain)
  }
  clearing = run().finally(() => {
    clearing = null
  })
  return clearing
}

export default async function storefrontRevalidate({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  await clearQueryCache(container, logger)
  pending.add(event.name)
  if (timer) return
  timer = setTimeout(() => {
    const events = [...pending]
    pending = new Set()
    timer = null
    void send(events, logger)
  }, BATCH_WINDOW_MS)
  timer.unref?.()
}

const crud = (entity: string) => [`${entity}.created`, `${entity}.updated`, `${entity}.deleted`]

export const config: SubscriberConfig = {
  event: [
    ...crud("product"),
    ...crud("product-variant"),
    ...crud("product-option"),
    "product-option-value.updated",
    "product-option-value.deleted",
    ...crud("product-category"),
    ...crud("pricing.price"),
    ...crud("pricing.price-set"),
    ...crud("pricing.price-list"),
    ...crud("inventory-item"),
    ...crud("inventory-level"),
    ...crud("reservation-item"),
    ...crud("translation"),
    "order.placed",
    "order.canceled",
    // workshops (their pages, and the mama-post features on /jobs), the programme's openings
    // (/jobs) and awards (badges, the award-winning filter): the workshop module's own CRUD
    // events, which Medusa's generated service methods emit
    "workshop.workshop.created",
    "workshop.workshop.updated",
    "workshop.opening.created",
    "workshop.opening.updated",
    "workshop.award.created",
    "workshop.award.updated",
    "workshop.award.deleted",
  ],
  context: { subscriberId: "jinxiu-storefront-revalidate" },
}
