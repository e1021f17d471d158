import { z } from "@medusajs/framework/zod"
import { MAX_REASON_LENGTH } from "../../../domain"
import { calendarDate, text } from "../../common-validators"

/** POST /admin/payouts/:id/fail */
export const AdminFailPayout = z
  .object({
    reason: text("reason", MAX_REASON_LENGTH),
    /** the day it came back; today (in China) when not given */
    failed_on: calendarDate("failed_on").optional(),
  })
  .strict()
export type AdminFailPayoutType = z.infer<typeof AdminFailPayout>
