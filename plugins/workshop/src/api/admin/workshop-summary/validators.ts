import { z } from "@medusajs/framework/zod"

export const AdminWorkshopSummaryQuery = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month: 月份格式应为 YYYY-MM / must be a month written YYYY-MM").optional(),
  })
  .strict()
export type AdminWorkshopSummaryQueryType = z.infer<typeof AdminWorkshopSummaryQuery>
