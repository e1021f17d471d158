import { z } from "@medusajs/framework/zod"
import { MAX_PAYMENT_REFERENCE_LENGTH } from "../../../domain"

export const PeriodMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM")

export const AdminPayPeriod = z
  .object({
    payment_reference: z.string().trim().min(1, "a payment reference is required").max(MAX_PAYMENT_REFERENCE_LENGTH),
    paid_at: z.string().datetime({ offset: true, message: "must be an ISO date-time" }).optional(),
  })
  .strict()
export type AdminPayPeriodType = z.infer<typeof AdminPayPeriod>

export const AdminStatementsQuery = z.object({ format: z.enum(["json", "csv"]).default("json") }).strict()
