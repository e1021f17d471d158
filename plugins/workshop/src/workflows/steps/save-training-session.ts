import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import type { TrainingSessionFields } from "../../domain"

/** A session's fields; where it is held for may be left out (open to every workshop). */
export type TrainingSessionData = Omit<TrainingSessionFields, "workshop_id" | "village_zh" | "village_en"> &
  Partial<Pick<TrainingSessionFields, "workshop_id" | "village_zh" | "village_en">>

export const createTrainingSessionStepId = "create-training-session-step"

/** Creates a training session; undone by deleting it. */
export const createTrainingSessionStep = createStep(
  createTrainingSessionStepId,
  async (input: TrainingSessionData, { container }) => {
    const session = await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).createTrainingSessions(input)
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteTrainingSessions(id)
  }
)

export const updateTrainingSessionStepId = "update-training-session-step"

/** Changes a session's details; undone by writing back the fields it changed. */
export const updateTrainingSessionStep = createStep(
  updateTrainingSessionStepId,
  async ({ id, update }: { id: string; update: Partial<TrainingSessionData> }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const before = (await service.retrieveTrainingSession(id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key]]))
    const session = await service.updateTrainingSessions({ id, ...update })
    return new StepResponse(session, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).updateTrainingSessions({ id: undo.id, ...undo.previous })
  }
)
