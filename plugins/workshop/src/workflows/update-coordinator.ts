import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_LOGIN_PROVIDER } from "../lib/actors"
import { setLoginPasswordStep } from "./steps/set-login-password"
import { updateCoordinatorStep, type UpdateCoordinatorInput } from "./steps/update-coordinator"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"

export type UpdateCoordinatorWorkflowInput = UpdateCoordinatorInput & {
  /** A new password the staff sets for her (e.g. when she forgot hers). */
  password?: string
}

export const updateCoordinatorWorkflowId = "update-coordinator"

/**
 * Updates a coordinator's name or phone, replaces the workshops she coordinates, or sets a new
 * password for her login.
 */
export const updateCoordinatorWorkflow = createWorkflow(
  updateCoordinatorWorkflowId,
  (input: WorkflowData<UpdateCoordinatorWorkflowInput>) => {
    const workshopCheck = transform({ input }, ({ input }) => ({
      workshop_ids: input.update.workshop_ids ?? [],
      field: "workshop_ids",
    }))
    validateWorkshopsExistStep(workshopCheck)

    const coordinator = updateCoordinatorStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))

    when({ input }, ({ input }) => !!input.password).then(() => {
      const reset = transform({ input, coordinator }, ({ input, coordinator }) => ({
        provider: COORDINATOR_LOGIN_PROVIDER,
        entity_id: coordinator.email,
        password: input.password!,
        field: "password",
      }))
      setLoginPasswordStep(reset)
    })

    return new WorkflowResponse(coordinator)
  }
)
