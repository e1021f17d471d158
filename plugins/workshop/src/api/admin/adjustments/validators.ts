import { z } from "@medusajs/framework/zod"
import { MAX_ADJUSTMENT_YUAN, MAX_REASON_LENGTH } from "../../../domain"
import { calendarMonth, id, pagination, positiveAmount, text } from "../../common-validators"

export const AdminCreateAdjustment = z
  .object({
    artisan_id: id("artisan_id"),
    kind: z.enum(["bonus", "deduction"]),
    amount: positiveAmount("amount", MAX_ADJUSTMENT_YUAN),
    reason: text("reason", MAX_REASON_LENGTH),
    period: calendarMonth("period").optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>

/** GET /admin/adjustments: the newest first, of one workshop and/or one month when given. */
export const AdminAdjustmentsQuery = z
  .object({
    workshop_id: id("workshop_id").optional(),
    period: calendarMonth("period").optional(),
    ...pagination(20, 200),
  })
  .strict()
export type AdminAdjustmentsQueryType = z.infer<typeof AdminAdjustmentsQuery>
