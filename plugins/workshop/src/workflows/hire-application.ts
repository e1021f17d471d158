import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { WorkshopEvents } from "../lib/events"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { workshopToday } from "../lib/clock"
import { createArtisanWorkflow } from "./create-artisan"
import { loadHireCandidateStep } from "./steps/load-hire-candidate"
import { markApplicationHiredStep } from "./steps/mark-application-hired"
import { newReadablePasswordStep } from "./steps/new-readable-password"

export type HireApplicationWorkflowInput = {
  application_id: string
  /** who hires (a staff user or a coordinator), kept in the application's history */
  actor_id: string
  note?: string | null
  /** a coordinator's workshops: only their applications may be hired; undefined for the staff */
  workshop_ids?: string[]
  /** this request's own id, owning the application's lock while it runs */
  request_id: string
}

const hireLockKey = (applicationId: string) => `workshop:application:hire:${applicationId}`

export const hireApplicationWorkflowId = "hire-application"

/**
 * Hires a woman from her application, exactly once: with the application's lock held (two clicks
 * at once are taken in turn, the second finds her hired and answers 409), her artisan record is
 * made in the opening's workshop with her phone as her login and a new password of digits (shown
 * once), and the application is marked hired with it. If marking fails, the artisan and her login
 * are removed again. Emits `workshop.application.hired` (and the artisan's own creation events).
 */
export const hireApplicationWorkflow = createWorkflow(
  hireApplicationWorkflowId,
  (input: WorkflowData<HireApplicationWorkflowInput>) => {
    // each request owns its lock (a lock without an owner is re-entrant for every caller without one)
    acquireLockStep(
      transform({ input }, ({ input }) => ({ key: hireLockKey(input.application_id), ownerId: input.request_id, timeout: 30, ttl: 120 }))
    )

    const candidate = loadHireCandidateStep(
      transform({ input }, ({ input }) => ({ application_id: input.application_id, workshop_ids: input.workshop_ids }))
    )
    const password = newReadablePasswordStep()

    const artisanInput = transform({ candidate, password }, ({ candidate, password }) => ({
      artisan: {
        workshop_id: candidate.workshop_id,
        display_name: candidate.name,
        legal_name: candidate.name,
        phone: candidate.phone,
        joined_on: workshopToday(),
      },
      password,
    }))
    const artisan = createArtisanWorkflow.runAsStep({ input: artisanInput })

    markApplicationHiredStep(
      transform({ input, artisan }, ({ input, artisan }) => ({
        application_id: input.application_id,
        artisan_id: artisan.id,
        actor_id: input.actor_id,
        note: input.note ?? null,
      }))
    )
    releaseLockStep(transform({ input }, ({ input }) => ({ key: hireLockKey(input.application_id), ownerId: input.request_id })))
    emitEventStep({
      eventName: WorkshopEvents.APPLICATION_HIRED,
      data: transform({ candidate, artisan }, ({ candidate, artisan }) => ({ id: candidate.id, artisan_id: artisan.id })),
    })

    const result = transform({ artisan, password, candidate }, ({ artisan, password, candidate }) => ({
      application_id: candidate.id,
      artisan: { id: artisan.id, display_name: artisan.display_name, phone: artisan.phone, workshop_id: artisan.workshop_id },
      password,
    }))
    return new WorkflowResponse(result)
  }
)
