import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { PayoutMethod } from "../../domain"

export const payPeriodStepId = "pay-period"

export type PayPeriodStepInput = { month: string; actor_id: string; payment_reference: string; paid_at: string; method?: PayoutMethod }

export const payPeriodStep = createStep(payPeriodStepId, async (input: PayPeriodStepInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  const locking = container.resolve(Modules.LOCKING)
  const result = await locking.execute(
    `workshop:period:${input.month}`,
    () => service.payPeriod({ ...input, paid_at: new Date(input.paid_at) }),
    { timeout: 30 }
  )
  return new StepResponse(result)
})
