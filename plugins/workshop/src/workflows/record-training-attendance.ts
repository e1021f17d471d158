import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { RecordAttendanceInput } from "../modules/workshop/repositories/training/record-attendance"
import { recordTrainingAttendanceStep } from "./steps/record-training-attendance"

export const recordTrainingAttendanceWorkflowId = "record-training-attendance"

/**
 * The coordinator's attendance at a training session: the women recorded once each, and each
 * granted the session's skill, all or nothing. Emits `workshop.training_attendance.recorded` when
 * someone new was recorded.
 *
 * Hooks: `validate` runs before anything is written (another plugin may refuse by throwing);
 * `recorded` runs after, with the result.
 */
export const recordTrainingAttendanceWorkflow = createWorkflow(recordTrainingAttendanceWorkflowId, (input: RecordAttendanceInput) => {
  const validate = createHook("validate", { input })
  const result = recordTrainingAttendanceStep(input)
  when({ result }, ({ result }) => result.status === "recorded" && result.inserted > 0).then(() => {
    emitEventStep({
      eventName: WorkshopEvents.TRAINING_ATTENDANCE_RECORDED,
      data: transform({ input }, ({ input }) => ({ id: input.session_id })),
    })
  })
  const recorded = createHook("recorded", { input, result })
  return new WorkflowResponse(result, { hooks: [validate, recorded] })
})
