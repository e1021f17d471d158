import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const closePeriodStepId = "close-period"

/**
 * Closes a month under Medusa's lock `workshop:period:<month>` (one close at a time across every
 * server process); inside, the month's row lock keeps recording and closing apart (see
 * period-locks.ts), so no entry of a closed month is ever left outside its statement.
 */
export const closePeriodStep = createStep(
  closePeriodStepId,
  async (input: { month: string; actor_id: string; current_month: string; reason?: string | null }, { container }) => {
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const result = await locking.execute(`workshop:period:${input.month}`, () => service.closePeriod(input), { timeout: 30 })
    return new StepResponse(result)
  }
)
