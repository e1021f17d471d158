import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordAttendanceInput } from "../modules/workshop/repositories/training/record-attendance"
import { recordTrainingAttendanceStep } from "./steps/record-training-attendance"

export const recordTrainingAttendanceWorkflowId = "record-training-attendance"

/**
 * The coordinator's attendance at a training session: the women recorded once each, and each
 * granted the session's skill, all or nothing.
 *
 * Hooks: `validate` runs before anything is written (another plugin may refuse by throwing);
 * `recorded` runs after, with the result.
 */
export const recordTrainingAttendanceWorkflow = createWorkflow(recordTrainingAttendanceWorkflowId, (input: RecordAttendanceInput) => {
  const validate = createHook("validate", { input })
  const result = recordTrainingAttendanceStep(input)
  const recorded = createHook("recorded", { input, result })
  return new WorkflowResponse(result, { hooks: [validate, recorded] })
})
