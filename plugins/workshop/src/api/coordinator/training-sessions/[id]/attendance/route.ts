import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordTrainingAttendanceWorkflow } from "../../../../../workflows/record-training-attendance"
import { workshopToday } from "../../../../../lib/clock"
import { idempotencyKeyOf, missingIdempotencyKey } from "../../../../common-validators"
import { coordinatorWorkshopIds } from "../../../scope"
import type { CoordinatorRecordAttendanceType } from "../../validators"

/**
 * POST /coordinator/training-sessions/:id/attendance { artisan_ids }: the women of her workshops
 * who attended, each recorded once and granted the session's skill, all or nothing. Sent from the
 * desk's offline queue with an Idempotency-Key: a retry with the same key (or another desk's
 * request for the same women) records nothing new and answers the same; the same key for another
 * session or other women is a 409, as for a work batch.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorRecordAttendanceType>, res: MedusaResponse) => {
  const key = idempotencyKeyOf(req.get("idempotency-key"))
  if (!key) return res.status(400).json(missingIdempotencyKey("attendance"))
  const { result } = await recordTrainingAttendanceWorkflow(req.scope).run({
    input: {
      coordinator_id: req.auth_context.actor_id,
      idempotency_key: key,
      workshop_ids: await coordinatorWorkshopIds(req),
      session_id: req.params.id,
      artisan_ids: req.validatedBody.artisan_ids,
      today: workshopToday(),
    },
  })
  switch (result.status) {
    case "recorded":
      if (result.inserted === 0) res.setHeader("Idempotent-Replayed", "true")
      return res.status(201).json({ attendance: result.response })
    case "conflict":
      return res.status(409).json({ type: "conflict", field: "idempotency-key", message: result.message })
    case "not_found":
      return res.status(404).json({ type: "not_found", field: result.field, message: result.message, params: result.params })
    case "invalid":
      return res.status(400).json({
        type: "invalid_data",
        field: result.field,
        code: result.code,
        message: `${result.field}: ${result.code === "session_full" ? "名额已满" : "培训尚未举行"} / ${result.message}`,
        params: result.params,
      })
  }
}
