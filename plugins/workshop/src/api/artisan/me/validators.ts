import { z } from "@medusajs/framework/zod"
import { password, yuan } from "../../common-validators"
import { MAX_MONTHLY_GOAL_YUAN } from "../../../domain"

export type ArtisanSetGoalType = z.infer<typeof ArtisanSetGoal>
/** Her monthly goal in CNY (0 to MAX_MONTHLY_GOAL_YUAN), or null to clear it. */
export const ArtisanSetGoal = z
  .object({
    monthly_goal: yuan("monthly_goal").pipe(z.number().max(MAX_MONTHLY_GOAL_YUAN)).nullable(),
  })
  .strict()

export type ArtisanChangePasswordType = z.infer<typeof ArtisanChangePassword>
export const ArtisanChangePassword = z
  .object({
    current_password: z.string().min(1),
    new_password: password(),
  })
  .strict()
