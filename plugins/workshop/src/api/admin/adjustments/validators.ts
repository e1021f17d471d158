import { z } from "@medusajs/framework/zod"

export const AdminCreateAdjustment = z
  .object({
    artisan_id: z.string().min(1),
    kind: z.enum(["bonus", "deduction"]),
    amount: z
      .union([z.number(), z.string().regex(/^\d+(\.\d{1,2})?$/, "must be an amount like 50 or 12.50")])
      .transform((v) => String(v))
      .refine((v) => Number(v) > 0 && Number(v) <= 100000, "must be more than 0 and at most 100,000")
      .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), "at most two decimals"),
    reason: z.string().trim().min(1, "a reason is required").max(500),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM").optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
