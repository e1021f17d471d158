import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateArtisanStep } from "./steps/update-artisan"
import { validateMonthlyGoalStep } from "./steps/validate-monthly-goal"

export type SetArtisanGoalWorkflowInput = {
  artisan_id: string
  /** CNY a month she aims to earn; null clears it. */
  monthly_goal: number | null
}

export const setArtisanGoalWorkflowId = "set-artisan-goal"

/** Sets (or clears) the monthly earnings goal an artisan sets herself. */
export const setArtisanGoalWorkflow = createWorkflow(
  setArtisanGoalWorkflowId,
  (input: WorkflowData<SetArtisanGoalWorkflowInput>) => {
    validateMonthlyGoalStep(input)
    const update = transform({ input }, ({ input }) => ({
      id: input.artisan_id,
      update: { monthly_goal: input.monthly_goal },
    }))
    const updated = updateArtisanStep(update)
    const artisan = transform({ updated }, ({ updated }) => updated.artisan)
    return new WorkflowResponse(artisan)
  }
)
