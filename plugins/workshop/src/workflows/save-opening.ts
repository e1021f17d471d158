import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOpeningStep, updateOpeningStep } from "./steps/save-opening"
import { validateOpeningStep } from "./steps/validate-opening"

export type OpeningFields = {
  title_zh: string
  title_en: string
  description_zh?: string | null
  description_en?: string | null
  piece_type_ids: string[]
  place: "workshop" | "village" | "home"
  district_zh: string
  district_en: string
  town_zh?: string | null
  town_en?: string | null
  hours_zh: string
  hours_en: string
  positions: number
  status?: "open" | "closed"
}

export const createOpeningWorkflowId = "create-opening"

/** A new mama-post opening at a workshop, its work being piece types of that workshop. */
export const createOpeningWorkflow = createWorkflow(
  createOpeningWorkflowId,
  (input: WorkflowData<{ workshop_id: string } & OpeningFields>) => {
    validateOpeningStep(transform({ input }, ({ input }) => ({ workshop_id: input.workshop_id, piece_type_ids: input.piece_type_ids })))
    const opening = createOpeningStep(transform({ input }, ({ input }) => ({ ...input }) as Record<string, unknown>))
    return new WorkflowResponse(opening)
  }
)

export const updateOpeningWorkflowId = "update-opening"

/** Changes an opening (never its workshop): its text, work, place, hours, positions, open or closed. */
export const updateOpeningWorkflow = createWorkflow(
  updateOpeningWorkflowId,
  (input: WorkflowData<{ id: string } & Partial<OpeningFields>>) => {
    validateOpeningStep(transform({ input }, ({ input }) => ({ opening_id: input.id, piece_type_ids: input.piece_type_ids })))
    const opening = updateOpeningStep(transform({ input }, ({ input }) => ({ ...input })))
    return new WorkflowResponse(opening)
  }
)
