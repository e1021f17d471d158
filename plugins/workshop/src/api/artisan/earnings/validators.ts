import { z } from "@medusajs/framework/zod"

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM")

export const ArtisanGetEarnings = z
  .object({ from: month.optional(), to: month.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] })
export type ArtisanGetEarningsType = z.infer<typeof ArtisanGetEarnings>

export const ArtisanMonthParam = month
