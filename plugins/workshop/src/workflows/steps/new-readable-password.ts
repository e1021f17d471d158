import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readablePassword } from "../../lib/readable-password"

export const newReadablePasswordStepId = "new-readable-password-step"

/** Draws a new password of digits (writes nothing, so nothing to undo). */
export const newReadablePasswordStep = createStep(newReadablePasswordStepId, async () => {
  return new StepResponse(readablePassword())
})
