import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

import { recordWorkEntriesWorkflow } from "../../../workflows/record-work-entries"
import { idempotencyKeyOf } from "../../common-validators"
import { coordinatorWorkshopIds } from "../scope"
import { lineErrorsFromZod } from "./batch-errors"
import { CoordinatorCreateWorkEntries, type CoordinatorListWorkEntriesType } from "./validators"
import { workshopToday } from "../../../lib/clock"


/**
 * POST /coordinator/work-entries: one batch (up to 500 lines), all or nothing, exactly once per
 * `Idempotency-Key` header. Errors name each bad line's index and field.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const key = idempotencyKeyOf(req.get("idempotency-key"))
  if (!key) {
    return res.status(400).json({
      type: "invalid_data",
      message: "The Idempotency-Key header is required: 8-128 letters, digits, '.', '_', ':' or '-', new for each batch",
      errors: [{ index: null, field: "Idempotency-Key", code: "idempotency_key_required", message: "Idempotency-Key header is required" }],
    })
  }
  const parsed = CoordinatorCreateWorkEntries.safeParse(req.body)
  if (!parsed.success) {
    const errors = lineErrorsFromZod(parsed.error)
    return res.status(400).json({ type: "invalid_data", message: errors.map((e) => e.message).join("; "), errors })
  }
  const lines = parsed.data.lines.map((l) => ({ ...l, note: l.note ?? null }))
  const requestHash = crypto.createHash("sha256").update(JSON.stringify(lines)).digest("hex")
  const { result } = await recordWorkEntriesWorkflow(req.scope).run({
    input: {
      coordinator_id: req.auth_context.actor_id,
      workshop_ids: await coordinatorWorkshopIds(req),
      idempotency_key: key,
      request_hash: requestHash,
      lines,
      today: workshopToday(),
    },
  })
  switch (result.status) {
    // The stored bytes, so a replay answers exactly what the first call answered.
    case "created":
      return res.status(201).type("application/json").send(result.body)
    case "replayed":
      res.setHeader("Idempotent-Replayed", "true")
      return res.status(201).type("application/json").send(result.body)
    case "conflict":
      return res.status(409).json({ type: "conflict", message: result.message })
    case "not_found":
      return res.status(404).json({ type: "not_found", message: result.errors.map((e) => `Line ${e.index + 1}: ${e.message}`).join("; "), errors: result.errors })
    case "invalid":
      return res.status(400).json({ type: "invalid_data", message: result.errors.map((e) => `Line ${e.index + 1}: ${e.message}`).join("; "), errors: result.errors })
  }
}

/**
 * GET /coordinator/work-entries?date=|from=&to=&artisan_id=: entries of her workshops. A reversed
 * entry carries `correction_period`: the month its correction landed in (a later one when its own
 * month was already closed, so that month's pay still counts it).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListWorkEntriesType>, res: MedusaResponse) => {
  const q = req.validatedQuery as CoordinatorListWorkEntriesType
  const workshopIds = await coordinatorWorkshopIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { workshop_id: workshopIds }
  if (q.artisan_id) filters.artisan_id = q.artisan_id
  if (q.date) filters.work_date = q.date
  else if (q.from || q.to) filters.work_date = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) }
  const { data, metadata } = await query.graph({
    entity: "work_entry",
    fields: [
      "id", "artisan_id", "workshop_id", "piece_type_id", "quantity", "grade", "work_date", "period", "rate", "amount",
      "recorded_by", "batch_id", "line_index", "note", "trial", "reversed_at", "reversed_by", "reversal_reason", "created_at",
    ],
    filters,
    pagination: { skip: q.offset, take: q.limit, order: { work_date: "DESC", created_at: "DESC" } },
  })
  const reversed = data.filter((e) => e.reversed_at).map((e) => e.id as string)
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const months = await service.correctionMonths(reversed)
  const entries = data.map((e) => ({ ...e, correction_period: e.reversed_at ? months.get(e.id) ?? e.period : null }))
  res.json({ work_entries: entries, count: metadata?.count ?? data.length, offset: q.offset, limit: q.limit })
}
