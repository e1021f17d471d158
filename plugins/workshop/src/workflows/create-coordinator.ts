import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_ACTOR, COORDINATOR_LOGIN_PROVIDER } from "../lib/actors"
import { createCoordinatorStep, type CreateCoordinatorData } from "./steps/create-coordinator"
import { createPasswordLoginStep } from "./steps/create-password-login"
import { validateWorkshopsExistStep } from "./steps/validate-workshops-exist"

export type CreateCoordinatorWorkflowInput = {
  coordinator: CreateCoordinatorData
  /** Her initial password, chosen by the staff. */
  password: string
}

export const createCoordinatorWorkflowId = "create-coordinator"

/**
 * Registers a coordinator, the workshops she coordinates, and her login: an "emailpass" auth
 * identity (e-mail in lower case, the initial password) whose app_metadata holds
 * `coordinator_id`. If the login cannot be created, the coordinator is removed again.
 */
export const createCoordinatorWorkflow = createWorkflow(
  createCoordinatorWorkflowId,
  (input: WorkflowData<CreateCoordinatorWorkflowInput>) => {
    const workshopCheck = transform({ input }, ({ input }) => ({
      workshop_ids: input.coordinator.workshop_ids,
      field: "workshop_ids",
    }))
    validateWorkshopsExistStep(workshopCheck)

    const data = transform({ input }, ({ input }) => ({
      ...input.coordinator,
      email: input.coordinator.email.trim().toLowerCase(),
    }))
    const coordinator = createCoordinatorStep(data)

    const login = transform({ input, coordinator }, ({ input, coordinator }) => ({
      provider: COORDINATOR_LOGIN_PROVIDER,
      entity_id: coordinator.email,
      password: input.password,
      actor_type: COORDINATOR_ACTOR,
      actor_id: coordinator.id,
      field: "email",
    }))
    createPasswordLoginStep(login)

    return new WorkflowResponse(coordinator)
  }
)
