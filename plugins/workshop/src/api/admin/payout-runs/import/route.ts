import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutDay } from "../../../../domain"
import { workshopToday } from "../../../../lib/clock"
import { parseResultsFile } from "../payout-file"
import type { AdminImportPayoutResultsType } from "../validators"
import { applyPayoutResults } from "./apply-results"

/**
 * POST /admin/payout-runs/import { method, paid_on?, csv }: the results file of a payout file
 * (line_key, status, reference, reason; see ../payout-file.ts), applied line by line. A file that
 * can't be read whole (not UTF-8, a NUL, no line_key or status column, a bad line) is a 400 naming
 * the field and the line, and nothing is written. Otherwise 200 with each line's result: recorded,
 * failed, replayed (imported before: nothing paid twice) or refused (with why), and their counts.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportPayoutResultsType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const paidOn = payoutDay("paid_on", body.paid_on, workshopToday())
  if ("error" in paidOn) return res.status(400).json({ type: "invalid_data", field: "paid_on", message: paidOn.error })
  const file = parseResultsFile(body.csv, body.method)
  if ("error" in file) {
    return res.status(400).json({ type: "invalid_data", field: file.error.field, line: file.error.line, message: file.error.message })
  }
  const lines = await applyPayoutResults(req.scope, {
    method: body.method,
    paid_on: paidOn.day,
    actor_id: req.auth_context.actor_id,
    lines: file.lines,
  })
  const counts = { recorded: 0, failed: 0, replayed: 0, refused: 0 }
  for (const line of lines) counts[line.result]++
  res.json({ method: body.method, paid_on: paidOn.day, counts, lines })
}
