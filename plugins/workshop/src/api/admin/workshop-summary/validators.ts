import { z } from "@medusajs/framework/zod"
import { calendarMonth } from "../../common-validators"

export const AdminWorkshopSummaryQuery = z
  .object({
    month: calendarMonth("month").optional(),
  })
  .strict()
export type AdminWorkshopSummaryQueryType = z.infer<typeof AdminWorkshopSummaryQuery>
