import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { RegisterInput } from "../../modules/workshop/repositories/training/register"

export const registerForTrainingStepId = "register-for-training"

/**
 * Books the places in one database transaction, or none. Nothing to compensate: it is the
 * workflow's only writing step, and booking again changes nothing.
 */
export const registerForTrainingStep = createStep(registerForTrainingStepId, async (input: RegisterInput, { container }) => {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  return new StepResponse(await service.registerForTraining(input))
})

export const cancelTrainingRegistrationStepId = "cancel-training-registration"

/** Cancels one place (the registration is kept, marked deleted). */
export const cancelTrainingRegistrationStep = createStep(
  cancelTrainingRegistrationStepId,
  async (input: { session_id: string; registration_id: string; workshop_ids?: string[] }, { container }) => {
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    return new StepResponse(await service.cancelTrainingRegistration(input))
  }
)
