import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RegisterInput } from "../modules/workshop/repositories/training/register"
import { cancelTrainingRegistrationStep, registerForTrainingStep } from "./steps/register-for-training"

export const registerForTrainingWorkflowId = "register-for-training"

/**
 * Books places at a training session to come for women and applicants, each once, all or none.
 *
 * Hooks: `validate` runs before anything is written (another plugin may refuse by throwing);
 * `registered` runs after, with the result.
 */
export const registerForTrainingWorkflow = createWorkflow(registerForTrainingWorkflowId, (input: RegisterInput) => {
  const validate = createHook("validate", { input })
  const result = registerForTrainingStep(input)
  const registered = createHook("registered", { input, result })
  return new WorkflowResponse(result, { hooks: [validate, registered] })
})

export const cancelTrainingRegistrationWorkflowId = "cancel-training-registration"

/** Cancels one place at a session (a coordinator's only among her workshops' bookings). */
export const cancelTrainingRegistrationWorkflow = createWorkflow(
  cancelTrainingRegistrationWorkflowId,
  (input: { session_id: string; registration_id: string; workshop_ids?: string[] }) => {
    return new WorkflowResponse(cancelTrainingRegistrationStep(input))
  }
)
