import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** The demo shop's welcome code: 10% off every item of the order. */
export const DEMO_PROMOTION_CODE = "JINXIU10"

export async function ensurePromotions(container: MedusaContainer): Promise<void> {
  const promotions = container.resolve(Modules.PROMOTION)
  const [existing] = await promotions.listPromotions({ code: DEMO_PROMOTION_CODE }, { take: 1 })
  if (existing) return
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: DEMO_PROMOTION_CODE,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: 10,
          },
        },
      ],
    },
  })
}
