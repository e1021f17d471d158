import { z } from "@medusajs/framework/zod"
import { boundedYuan, password } from "../../common-validators"
import { MAX_MONTHLY_GOAL_YUAN, MAX_PASSWORD_LENGTH } from "../../../domain"

export type ArtisanSetGoalType = z.infer<typeof ArtisanSetGoal>
/** Her monthly goal in CNY (0 to MAX_MONTHLY_GOAL_YUAN), or null to clear it. */
export const ArtisanSetGoal = z
  .object({
    monthly_goal: boundedYuan("monthly_goal", MAX_MONTHLY_GOAL_YUAN).nullable(),
  })
  .strict()

export type ArtisanChangePasswordType = z.infer<typeof ArtisanChangePassword>
export const ArtisanChangePassword = z
  .object({
    // not trimmed: a password is what she typed
    current_password: z
      .string()
      .refine((value) => value.length > 0, { message: "current_password: 不能为空 / must not be empty", abort: true })
      .refine((value) => value.length <= MAX_PASSWORD_LENGTH, {
        message: `current_password: 最多 ${MAX_PASSWORD_LENGTH} 个字 / at most ${MAX_PASSWORD_LENGTH} characters`,
      }),
    new_password: password("new_password"),
  })
  .strict()
