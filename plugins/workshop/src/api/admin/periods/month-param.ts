import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PeriodMonth } from "./validators"

/** The `:period` route parameter, checked: 400 naming the field when it isn't YYYY-MM. */
export function periodParam(req: MedusaRequest): string {
  const parsed = PeriodMonth.safeParse(req.params.period)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  }
  return parsed.data
}
