import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RecordAttendanceInput } from "../../modules/workshop/repositories/training/record-attendance"

export const recordTrainingAttendanceStepId = "record-training-attendance"

/**
 * Writes a session's attendance and the skills it grants in one database transaction, or
 * nothing. Nothing to compensate: it is the workflow's only writing step, and attendance is kept
 * as taken (exactly once by its key).
 */
export const recordTrainingAttendanceStep = createStep(recordTrainingAttendanceStepId, async (input: RecordAttendanceInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.recordTrainingAttendance(input))
})
