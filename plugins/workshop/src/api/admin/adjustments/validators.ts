import { z } from "@medusajs/framework/zod"
import { MAX_ADJUSTMENT_YUAN, MAX_REASON_LENGTH } from "../../../domain"
import { calendarMonth, id, positiveAmount, text } from "../../common-validators"

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
