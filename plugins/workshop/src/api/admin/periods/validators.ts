import { z } from "@medusajs/framework/zod"
import { MAX_REASON_LENGTH, MAX_PAYMENT_REFERENCE_LENGTH } from "../../../domain"
import { calendarMonth, text } from "../../common-validators"
import { payoutMethod } from "../statements/validators"

export const PeriodMonth = calendarMonth("period")

/** POST /admin/periods/:period/close: a reason is needed only while questions about the month are open. */
export const AdminClosePeriod = z
  .object({ reason: text("reason", MAX_REASON_LENGTH).optional() })
  .strict()
  .optional()
export type AdminClosePeriodType = z.infer<typeof AdminClosePeriod>

export const AdminPayPeriod = z
  .object({
    payment_reference: text("payment_reference", MAX_PAYMENT_REFERENCE_LENGTH),
    paid_at: z.string().datetime({ offset: true, message: "paid_at: 应为 ISO 日期时间 / must be an ISO date-time" }).optional(),
    /** how every statement was paid (one payout each); bank transfer when not given */
    method: payoutMethod().optional(),
  })
  .strict()
export type AdminPayPeriodType = z.infer<typeof AdminPayPeriod>

export const AdminStatementsQuery = z.object({ format: z.enum(["json", "csv"]).default("json") }).strict()
