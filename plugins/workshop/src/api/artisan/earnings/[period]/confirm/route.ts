import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmStatementMonthWorkflow } from "../../../../../workflows/confirm-statement-month"
import { workshopMonth } from "../../../../../lib/clock"
import { ArtisanMonthParam } from "../../validators"

/**
 * POST /artisan/earnings/:period/confirm: she says her month is right, open or closed (the net
 * she saw is kept with it, so a later correction shows the month changed since). Once: confirming
 * again answers 200 with the first confirmation.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const parsed = ArtisanMonthParam.safeParse(req.params.period)
  if (!parsed.success) {
    return res.status(400).json({ type: "invalid_data", field: "period", message: parsed.error.issues[0].message })
  }
  if (parsed.data > workshopMonth()) {
    return res.status(400).json({ type: "invalid_data", field: "period", message: "period: 这个月还没到 / that month hasn't begun" })
  }
  const { result } = await confirmStatementMonthWorkflow(req.scope).run({ input: { artisan_id: req.auth_context.actor_id, period: parsed.data } })
  const { status, ...confirmation } = result
  res.status(status === "confirmed" ? 201 : 200).json({ confirmation })
}
