import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

/**
 * GET /artisan/statements: her frozen monthly statements, newest first, each with its pay: what
 * it made payable, what was paid (payouts that did not come back), what is still owed, and its
 * pay state (`pay`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const artisanId = req.auth_context.actor_id
  const [statements, pays] = await Promise.all([
    service.listStatements({ artisan_id: artisanId }, { order: { period: "DESC" } }),
    service.statementsWithPay({ artisan_id: artisanId }),
  ])
  const payOf = new Map(pays.map(({ statement_id, payable_total, paid, owed, state }) => [statement_id, { payable_total, paid, owed, state }]))
  res.json({ statements: statements.map((s) => ({ ...s, pay: payOf.get(s.id) ?? null })) })
}
