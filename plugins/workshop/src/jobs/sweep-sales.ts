import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sweepSales } from "../lib/sales-ledger"

/**
 * Every few minutes, the makers' ledger catches up on shop events that never arrived (a backend
 * killed between answering the checkout and running its subscribers): see sweepSales. It looks at
 * the last day, leaving the last minute to the events themselves; repeating it writes nothing.
 * Settings: WORKSHOP_SALES_SWEEP_CRON (default every 5 minutes), WORKSHOP_SALES_SWEEP_GRACE_SECONDS
 * (60), WORKSHOP_SALES_SWEEP_LOOKBACK_HOURS (24).
 */
export default async function sweepSalesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const grace = setting("WORKSHOP_SALES_SWEEP_GRACE_SECONDS", 60) * 1000
  const lookback = setting("WORKSHOP_SALES_SWEEP_LOOKBACK_HOURS", 24) * 3_600_000
  const result = await sweepSales(container, { since: new Date(now - lookback), until: new Date(now - grace) })
  if (result.credited.length || result.canceled.length) {
    logger.warn(
      `workshop: the sales sweep caught up on lost events: credited the makers of ${result.credited.length} order(s) ` +
        `[${result.credited.join(", ")}], reversed ${result.canceled.length} canceled order(s) [${result.canceled.join(", ")}]`
    )
  }
}

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export const config = {
  name: "workshop-sweep-sales",
  schedule: process.env.WORKSHOP_SALES_SWEEP_CRON || "*/5 * * * *",
}
