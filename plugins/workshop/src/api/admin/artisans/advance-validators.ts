import { z } from "@medusajs/framework/zod"
import { MAX_ADVANCE_YUAN, MAX_PAYMENT_REFERENCE_LENGTH, MAX_REASON_LENGTH } from "../../../domain"
import { calendarDate, positiveAmount, text } from "../../common-validators"
import { payoutMethod } from "../statements/validators"

/** POST /admin/artisans/:id/advances */
export const AdminCreateAdvance = z
  .object({
    method: payoutMethod(),
    amount: positiveAmount("amount", MAX_ADVANCE_YUAN),
    /** why she is advanced money (a large order, …): required */
    reason: text("reason", MAX_REASON_LENGTH),
    reference: text("reference", MAX_PAYMENT_REFERENCE_LENGTH).nullable().optional(),
    /** the day it was paid; today (in China) when not given */
    paid_on: calendarDate("paid_on").optional(),
  })
  .strict()
export type AdminCreateAdvanceType = z.infer<typeof AdminCreateAdvance>
