import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compareMoney, isAmount, MAX_MONTHLY_GOAL_YUAN } from "../../domain"

/** CNY a month: far above what piecework pays, low enough to catch a slip of the finger. */
export const MONTHLY_GOAL_MAX = MAX_MONTHLY_GOAL_YUAN

export const validateMonthlyGoalStepId = "validate-monthly-goal-step"

/** A goal is empty, or an amount from 0 to MONTHLY_GOAL_MAX CNY. Writes nothing. */
export const validateMonthlyGoalStep = createStep(
  validateMonthlyGoalStepId,
  async ({ monthly_goal }: { monthly_goal: number | null }) => {
    if (
      monthly_goal !== null &&
      (!isAmount(monthly_goal) || compareMoney(monthly_goal, 0) < 0 || compareMoney(monthly_goal, MONTHLY_GOAL_MAX) > 0)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `monthly_goal: 目标应在 0 到 ${MONTHLY_GOAL_MAX} 元之间 / must be from 0 to ${MONTHLY_GOAL_MAX}`
      )
    }
    return new StepResponse(void 0)
  }
)
