import { z } from "@medusajs/framework/zod"
import { calendarMonth } from "../../common-validators"

export const ArtisanGetEarnings = z
  .object({ from: calendarMonth("from").optional(), to: calendarMonth("to").optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from: 不能晚于 to / must not be after to", path: ["from"] })
export type ArtisanGetEarningsType = z.infer<typeof ArtisanGetEarnings>

export const ArtisanMonthParam = calendarMonth("period")
