import { z } from "@medusajs/framework/zod"
import { MAX_PAYMENT_REFERENCE_LENGTH, MAX_PAYOUT_YUAN, PAYOUT_METHODS } from "../../../domain"
import { calendarDate, oneOf, positiveAmount, text } from "../../common-validators"

export const payoutMethod = (field = "method") => oneOf(field, PAYOUT_METHODS)

/** POST /admin/statements/:id/payouts */
export const AdminCreatePayout = z
  .object({
    method: payoutMethod(),
    amount: positiveAmount("amount", MAX_PAYOUT_YUAN),
    /** the transfer's id, the bank batch number…; none for cash */
    reference: text("reference", MAX_PAYMENT_REFERENCE_LENGTH).nullable().optional(),
    /** the day it was paid; today (in China) when not given */
    paid_on: calendarDate("paid_on").optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>
