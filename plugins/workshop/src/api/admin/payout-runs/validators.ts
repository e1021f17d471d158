import { z } from "@medusajs/framework/zod"
import { MAX_PAYOUT_IMPORT_BYTES } from "../../../domain"
import { boundedText, calendarDate, MONTH_SHAPE } from "../../common-validators"
import { payoutMethod } from "../statements/validators"

/** A payout run's scope: a closed month (YYYY-MM), or `owed` for every closed month's statements still owed. */
export const payoutRunScope = (field = "period") =>
  z.string().refine((value) => value === "owed" || MONTH_SHAPE.test(value), {
    message: `${field}: 应为 YYYY-MM 月份或 owed / must be a month written YYYY-MM, or owed`,
  })

/** GET /admin/payout-runs */
export const AdminPayoutRunQuery = z.object({ period: payoutRunScope() }).strict()
export type AdminPayoutRunQueryType = z.infer<typeof AdminPayoutRunQuery>

/** GET /admin/payout-runs/export */
export const AdminPayoutRunExportQuery = z.object({ period: payoutRunScope(), method: payoutMethod() }).strict()
export type AdminPayoutRunExportQueryType = z.infer<typeof AdminPayoutRunExportQuery>

/** POST /admin/payout-runs/import */
export const AdminImportPayoutResults = z
  .object({
    /** the method of the payout file the results are for */
    method: payoutMethod(),
    /** the day the batch was paid; today (in China) when not given */
    paid_on: calendarDate("paid_on").optional(),
    /** the results file, as text */
    csv: boundedText("csv", MAX_PAYOUT_IMPORT_BYTES),
  })
  .strict()
export type AdminImportPayoutResultsType = z.infer<typeof AdminImportPayoutResults>
