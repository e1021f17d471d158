import { z } from "@medusajs/framework/zod"
import { compareMoney, MAX_ADJUSTMENT_YUAN, MAX_REASON_LENGTH } from "../../../domain"

export const AdminCreateAdjustment = z
  .object({
    artisan_id: z.string().min(1),
    kind: z.enum(["bonus", "deduction"]),
    amount: z
      .union([z.number(), z.string().regex(/^\d+(\.\d{1,2})?$/, "must be an amount like 50 or 12.50")])
      .transform((v) => String(v))
      .refine((v) => compareMoney(v, 0) > 0 && compareMoney(v, MAX_ADJUSTMENT_YUAN) <= 0, `must be more than 0 and at most ${MAX_ADJUSTMENT_YUAN.toLocaleString("en")}`)
      .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), "at most two decimals"),
    reason: z.string().trim().min(1, "a reason is required").max(MAX_REASON_LENGTH),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM").optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
